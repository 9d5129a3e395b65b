import { LockMode } from '@mikro-orm/core';
import { Account, Application, Registration } from '../entities';
import { recordApplicationEvent } from '../workflow/application-events';
import { loadApplicationFor } from '../policies/load-application';
import { ApplicationStage, BARRING_REASON_KINDS, RegistrationReasonKind, RegistrationStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { isUuid } from '../common/is-uuid';
import { allowBarApplicant, mayTakeRegistrationAction, registrationActionOpen, type RegistrationAction } from '../policies/registration.policy';
import { barPerson } from './barring';
import { recordRegistrationEvent, type RegistrationHistoryAction } from './registration-history';

/**
 * Loads a registration by number for a decision on it, locked until the request's transaction ends (two decisions
 * on one member run one after the other), and checks who may take the action and in which status.
 */
export async function loadRegistrationFor(ctx: CommandContext, registrationNumber: string, action: RegistrationAction): Promise<Registration> {
  const number = registrationNumber.trim();
  const locked = number ? await ctx.em.findOne(Registration, { registrationNumber: number }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!locked) throw new AppError('NOT_FOUND', { field: 'input.registrationNumber' });
  const registration = await ctx.em.populate(locked, ['society', 'application']);
  const facts = { societyId: registration.society.id, memberId: registration.member.id, status: registration.status };
  if (!ctx.principal || !mayTakeRegistrationAction(ctx, action, facts)) throw new AppError('FORBIDDEN');
  if (!registrationActionOpen(action, registration.status)) {
    throw new AppError('INVALID_TRANSITION', { field: 'input.registrationNumber', params: { stage: registration.status, action } });
  }
  return registration;
}

/** Moves a registration to a status, publishing when and on what kind of reason, with its history entry. */
function changeStatus(
  ctx: CommandContext,
  registration: Registration,
  change: { action: RegistrationHistoryAction; to: RegistrationStatus; kind: RegistrationReasonKind; reason: string },
): Registration {
  const from = registration.status;
  const at = ctx.clock();
  // A decision answers any pending application to be restored.
  Object.assign(registration, { status: change.to, statusChangedAt: at, statusReasonKind: change.kind, restorationRequestedAt: null });
  recordRegistrationEvent(ctx.em, registration, { action: change.action, actorId: ctx.principal!.accountId, reason: change.reason, fromStatus: from, toStatus: change.to, details: { reasonKind: change.kind }, at });
  return registration;
}

const REASON_MAX = 5000;

/** Society staff or the secretariat suspend an active member who no longer meets the registration requirements. */
export async function suspendRegistrationCommand(ctx: CommandContext, input: { registrationNumber: string; reason: string }): Promise<Registration> {
  const reason = checkText(input.reason, 'input.reason', REASON_MAX, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'suspendRegistration');
  changeStatus(ctx, registration, { action: 'suspendRegistration', to: RegistrationStatus.SUSPENDED, kind: RegistrationReasonKind.NOT_MEETING_REQUIREMENTS, reason });
  await ctx.em.flush();
  return registration;
}

/** The suspended member applies to be restored, saying how the requirements are met again. */
export async function applyForRestorationCommand(ctx: CommandContext, input: { registrationNumber: string; statement: string }): Promise<Registration> {
  const statement = checkText(input.statement, 'input.statement', REASON_MAX, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'applyForRestoration');
  const at = ctx.clock();
  registration.restorationRequestedAt = at;
  recordRegistrationEvent(ctx.em, registration, {
    action: 'applyForRestoration', actorId: ctx.principal!.accountId, reason: statement, fromStatus: registration.status, toStatus: registration.status, at,
  });
  await ctx.em.flush();
  return registration;
}

/** Staff restore a suspended member who applied for it. */
export async function restoreRegistrationCommand(ctx: CommandContext, input: { registrationNumber: string; reason: string }): Promise<Registration> {
  const reason = checkText(input.reason, 'input.reason', REASON_MAX, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'restoreRegistration');
  if (!registration.restorationRequestedAt) throw new AppError('RESTORATION_NOT_REQUESTED', { field: 'input.registrationNumber' });
  changeStatus(ctx, registration, { action: 'restoreRegistration', to: RegistrationStatus.ACTIVE, kind: RegistrationReasonKind.REQUIREMENTS_MET, reason });
  await ctx.em.flush();
  return registration;
}

/** Staff cancel (注销) a registration whose member did not re-register in time. */
export async function cancelRegistrationCommand(ctx: CommandContext, input: { registrationNumber: string; reason: string }): Promise<Registration> {
  const reason = checkText(input.reason, 'input.reason', REASON_MAX, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'cancelRegistration');
  changeStatus(ctx, registration, { action: 'cancelRegistration', to: RegistrationStatus.CANCELLED, kind: RegistrationReasonKind.NO_REREGISTRATION, reason });
  await ctx.em.flush();
  return registration;
}

function barringKind(kind: RegistrationReasonKind): RegistrationReasonKind {
  if (!BARRING_REASON_KINDS.has(kind)) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'input.reasonKind',
      params: { detail: 'FALSE_EVIDENCE, BREACH_OF_LAW, BREACH_OF_CODE_OF_CONDUCT or BREACH_OF_ETHICS', detailZh: '须为虚假佐证材料、违反法律法规、违反行为规范或违背工程伦理' },
    });
  }
  return kind;
}

/**
 * Staff or the secretariat revoke (撤销) a registration for false evidence, a breach of law, of the code of
 * conduct or of ethics: the member is barred for life from applying, in every society, by identity document.
 */
export async function revokeRegistrationCommand(ctx: CommandContext, input: { registrationNumber: string; reasonKind: RegistrationReasonKind; reason: string }): Promise<Registration> {
  const kind = barringKind(input.reasonKind);
  const reason = checkText(input.reason, 'input.reason', REASON_MAX, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'revokeRegistration');
  changeStatus(ctx, registration, { action: 'revokeRegistration', to: RegistrationStatus.REVOKED, kind, reason });
  await barPerson(ctx.em, { application: registration.application, reasonKind: kind, reason, decidedBy: ctx.principal!.accountId, at: ctx.clock() });
  await ctx.em.flush();
  return registration;
}

/**
 * A false dossier found before registration: staff of the application's society (or the secretariat) bar the
 * applicant for life. The application itself goes on through the procedure (not accepted, not registered).
 */
export async function barApplicantCommand(ctx: CommandContext, input: { applicationId: string; reasonKind: RegistrationReasonKind; reason: string }): Promise<Date> {
  const kind = barringKind(input.reasonKind);
  const reason = checkText(input.reason, 'input.reason', REASON_MAX, true)!;
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'barApplicant');
  await ctx.em.populate(application, ['applicant']);
  if (application.applicant.barredAt) throw new AppError('ALREADY_EXISTS', { field: 'input.applicationId', params: { what: 'A lifelong bar of this applicant', whatZh: '对该申请人的终身禁止' } });
  const at = ctx.clock();
  await barPerson(ctx.em, { application, reasonKind: kind, reason, decidedBy: ctx.principal!.accountId, at });
  recordApplicationEvent(ctx.em, { application, actorId: ctx.principal!.accountId, action: 'barApplicant', reason, details: { reasonKind: kind }, at });
  await ctx.em.flush();
  return at;
}
