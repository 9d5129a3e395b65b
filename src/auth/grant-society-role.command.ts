import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, SocietyField, SocietyInvitation, Specialty } from '../entities';
import { ExaminerGrade, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { offerRole } from './offer-role';

/** Examiner attributes for an EXAMINER grant. */
export interface ExaminerInput {
  grade: ExaminerGrade;
  fieldCode: string;
  specialtyCodes: string[];
  employer: string;
}

/** A role to offer in the request's society, to an existing account or a new one. */
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
 * Invites a person to hold a role in the request's society: federation admins invite staff and examiners, society
 * staff invite examiners. Nobody gets a role without accepting it (acceptInvitation), so staff cannot attach a role
 * to another society's applicant, and an existing account joins a second society this way. The answer never tells
 * whether the email had an account (offerRole).
 */
export async function grantSocietyRoleCommand(ctx: CommandContext, input: GrantSocietyRoleInput): Promise<SocietyInvitation> {
  const society = ctx.scope.society;
  if (!society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, 'grantSocietyRole', { role: input.role })) throw new AppError('FORBIDDEN');
  const examiner = input.role === GrantRole.EXAMINER ? await examinerAttributes(ctx.em, society.id, input.examiner) : undefined;
  return offerRole(ctx, { scope: { societyId: society.id }, role: input.role, email: input.email, displayName: input.displayName, initialPassword: input.initialPassword, examiner });
}
