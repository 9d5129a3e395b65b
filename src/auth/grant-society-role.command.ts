import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, EngineeringField, RoleGrant, Society, SocietyField, Specialty } from '../entities';
import { ExaminerGrade, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { PolicySubject } from '../policies/policy-subject';
import { validateNewAccount } from './account-input';
import { normalizeEmail } from './login.command';
import { accountIdByEmail } from './account-lookup';
import { hashPassword } from './password';

/** Examiner attributes for an EXAMINER grant. */
export interface ExaminerInput {
  grade: ExaminerGrade;
  fieldCode: string;
  specialtyCodes: string[];
  employer: string;
}

/** A role to grant in the request's society, to an existing account or a new one. */
export interface GrantSocietyRoleInput {
  email: string;
  role: GrantRole;
  displayName?: string | null;
  initialPassword?: string | null;
  examiner?: ExaminerInput | null;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Checks an examiner's attributes against the society's fields: the grant's columns, or BAD_USER_INPUT on the field at fault. */
export async function examinerAttributes(em: EntityManager, societyId: string, input: ExaminerInput | null | undefined, at = 'input.examiner') {
  if (!input) throw bad(at, 'an examiner needs grade, field, specialties and employer', '考官须填写级别、领域、专业和工作单位');
  const field = await em.findOne(EngineeringField, { code: input.fieldCode.trim().toUpperCase() });
  if (!field || !(await em.count(SocietyField, { society: societyId, field }))) {
    throw bad(`${at}.fieldCode`, 'the field is not one this society evaluates', '该领域不在本学会的授权范围内');
  }
  const codes = [...new Set(input.specialtyCodes.map((code) => code.trim().toUpperCase()))];
  const known = await em.find(Specialty, { field, code: { $in: codes } });
  if (codes.length === 0 || known.length !== codes.length) {
    throw bad(`${at}.specialtyCodes`, 'name one or more specialties of the field', '须指定该领域下的一个或多个专业类别');
  }
  const employer = input.employer.trim();
  if (!employer || employer.length > 200) throw bad(`${at}.employer`, 'the employer must have 1–200 characters', '工作单位须为 1–200 个字符');
  return { examinerGrade: input.grade, field, specialtyCodes: codes, employer };
}

/**
 * Grants a society role in the request's society: federation admins appoint staff and examiners,
 * society staff appoint examiners. A missing account is created with the given initial password.
 */
export async function grantSocietyRoleCommand(em: EntityManager, subject: PolicySubject, input: GrantSocietyRoleInput): Promise<RoleGrant> {
  const society = subject.scope.society;
  if (!society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(subject, { kind: 'grantSocietyRole', role: input.role })) throw new AppError('FORBIDDEN');
  const examiner = input.role === GrantRole.EXAMINER ? await examinerAttributes(em, society.id, input.examiner) : undefined;
  // The person may be unknown to this society so far: their account exists even where the request cannot read it.
  const existingId = await accountIdByEmail(em, normalizeEmail(input.email));
  let account = existingId ? em.getReference(Account, existingId) : undefined;
  if (!account) {
    if (!input.displayName || !input.initialPassword) {
      throw bad('input.initialPassword', 'a new account needs displayName and initialPassword', '新账号须提供姓名和初始密码');
    }
    const valid = validateNewAccount({ email: input.email, password: input.initialPassword, displayName: input.displayName });
    account = em.create(Account, { email: valid.email, displayName: valid.displayName, passwordHash: await hashPassword(valid.password) });
  } else if (await em.count(RoleGrant, { account, society: society.id, role: input.role, revokedAt: null })) {
    throw new AppError('ALREADY_EXISTS', { field: 'input.role', params: { what: 'This grant', whatZh: '该授权' } });
  }
  const grant = em.create(RoleGrant, { account, role: input.role, society: em.getReference(Society, society.id), ...examiner });
  await em.flush();
  return grant;
}
