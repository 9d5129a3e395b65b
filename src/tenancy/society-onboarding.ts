import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, Society, SocietyField } from '../entities';
import { SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { allowPlatformAction, type PlatformAction } from '../policies/platform.policy';
import type { PolicySubject } from '../policies/policy-subject';

const SOCIETY_CODE = /^[A-Z][A-Z0-9_]{1,19}$/;

/** What the federation records when it authorizes a society. */
export interface AuthorizeSocietyInput {
  code: string;
  nameZh: string;
  nameEn: string;
  fieldCodes: string[];
}

function requireAllowed(subject: PolicySubject, action: PlatformAction): void {
  if (!allowPlatformAction(subject, action)) throw new AppError('FORBIDDEN');
}

function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new AppError('BAD_USER_INPUT', { field, params: { detail: `must have 1–${max} characters`, detailZh: `须为 1–${max} 个字符` } });
  }
  return text;
}

/** Onboards a new tenant: a society with its fields. Onboarding is data, not code. */
export async function authorizeSociety(em: EntityManager, subject: PolicySubject, input: AuthorizeSocietyInput): Promise<Society> {
  requireAllowed(subject, 'authorizeSociety');
  const code = input.code.trim().toUpperCase();
  if (!SOCIETY_CODE.test(code)) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'input.code',
      params: { detail: 'a code is 2–20 capital letters, digits or _, starting with a letter', detailZh: '学会代码须为 2–20 位大写字母、数字或下划线，以字母开头' },
    });
  }
  const nameZh = requireText(input.nameZh, 'input.nameZh', 100);
  const nameEn = requireText(input.nameEn, 'input.nameEn', 200);
  const fieldCodes = [...new Set(input.fieldCodes.map((fieldCode) => fieldCode.trim().toUpperCase()))];
  if (fieldCodes.length === 0) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.fieldCodes', params: { detail: 'name at least one engineering field', detailZh: '至少须指定一个工程技术领域' } });
  }
  const fields = await em.find(EngineeringField, { code: { $in: fieldCodes } });
  const unknown = fieldCodes.filter((fieldCode) => !fields.some((field) => field.code === fieldCode));
  if (unknown.length > 0) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.fieldCodes', params: { detail: `unknown field codes: ${unknown.join(', ')}`, detailZh: `未知的工程技术领域代码：${unknown.join('、')}` } });
  }
  if (await em.count(Society, { code })) {
    throw new AppError('ALREADY_EXISTS', { field: 'input.code', params: { what: `Society ${code}`, whatZh: `学会 ${code}` } });
  }
  const society = em.create(Society, { code, nameZh, nameEn });
  for (const field of fields) em.create(SocietyField, { society, field });
  await em.flush();
  return society;
}

async function findSocietyByCode(em: EntityManager, code: string): Promise<Society> {
  const society = await em.findOne(Society, { code: code.trim().toUpperCase() });
  if (!society) throw new AppError('UNKNOWN_SOCIETY', { field: 'code', params: { society: code } });
  return society;
}

/** Suspends a society: its staff, examiners and applicants can no longer act there. */
export async function suspendSociety(em: EntityManager, subject: PolicySubject, code: string, reason: string): Promise<Society> {
  requireAllowed(subject, 'suspendSociety');
  const text = requireText(reason, 'reason', 500);
  const society = await findSocietyByCode(em, code);
  if (society.status === SocietyStatus.SUSPENDED) {
    throw new AppError('INVALID_TRANSITION', { field: 'code', params: { stage: society.status, action: 'suspendSociety' } });
  }
  society.status = SocietyStatus.SUSPENDED;
  society.suspensionReason = text;
  society.suspendedAt = new Date();
  await em.flush();
  return society;
}

/** Lifts a suspension. */
export async function reinstateSociety(em: EntityManager, subject: PolicySubject, code: string): Promise<Society> {
  requireAllowed(subject, 'reinstateSociety');
  const society = await findSocietyByCode(em, code);
  if (society.status !== SocietyStatus.SUSPENDED) {
    throw new AppError('INVALID_TRANSITION', { field: 'code', params: { stage: society.status, action: 'reinstateSociety' } });
  }
  society.status = SocietyStatus.ACTIVE;
  society.suspensionReason = undefined;
  society.suspendedAt = undefined;
  await em.flush();
  return society;
}

/** Sets how many working days a society gives applicants to answer a basic-conditions return (1–60). */
export async function setClarificationPeriod(em: EntityManager, subject: PolicySubject, code: string, workingDays: number): Promise<Society> {
  requireAllowed(subject, 'setClarificationPeriod');
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 60) {
    throw new AppError('BAD_USER_INPUT', { field: 'workingDays', params: { detail: 'between 1 and 60 working days', detailZh: '须为 1 到 60 个工作日' } });
  }
  const society = await findSocietyByCode(em, code);
  society.clarificationWorkingDays = workingDays;
  await em.flush();
  return society;
}

/** Sets a society's written-exam pass mark (0–100): pass conditions are the society's (seed 000). */
export async function setWrittenExamPassMark(em: EntityManager, subject: PolicySubject, code: string, passMark: number): Promise<Society> {
  requireAllowed(subject, 'setWrittenExamPassMark');
  if (!Number.isInteger(passMark) || passMark < 0 || passMark > 100) {
    throw new AppError('BAD_USER_INPUT', { field: 'passMark', params: { detail: 'a whole number from 0 to 100', detailZh: '须为 0–100 的整数' } });
  }
  const society = await findSocietyByCode(em, code);
  society.writtenExamPassMark = passMark;
  await em.flush();
  return society;
}
