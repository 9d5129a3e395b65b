import { Account, ReregistrationRequest } from '../entities';
import type { CheckedCondition } from '../entities/reregistration-request.entity';
import { RegistrationStatus, ReregistrationCondition, ReregistrationStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { isUuid } from '../common/is-uuid';
import { issueCertificate } from '../certificates/issue-certificate';
import { chinaToday } from '../workflow/working-day-calendar';
import { recordRegistrationEvent } from './registration-history';
import { insideWindow, renewedValidity, reregistrationWindow } from './reregistration-window';
import { loadRegistrationFor } from './status-change.commands';

/** Every condition of re-registration, in the order seed 000 lists them. */
export const REREGISTRATION_CONDITIONS = Object.values(ReregistrationCondition);

/**
 * The member asks to re-register, inside the window (3 months before to 12 months after the expiry); outside it
 * the request is refused with the window's dates. One pending request at a time.
 */
export async function requestReregistrationCommand(ctx: CommandContext, input: { registrationNumber: string; statement: string }): Promise<ReregistrationRequest> {
  const statement = checkText(input.statement, 'input.statement', 5000, true)!;
  const registration = await loadRegistrationFor(ctx, input.registrationNumber, 'requestReregistration');
  const window = reregistrationWindow(registration.validUntil);
  if (!insideWindow(window, chinaToday(ctx.clock()))) {
    throw new AppError('OUTSIDE_REREGISTRATION_WINDOW', { field: 'input.registrationNumber', params: { opensOn: window.opensOn, closesOn: window.closesOn } });
  }
  if (await ctx.em.count(ReregistrationRequest, { registration, status: ReregistrationStatus.PENDING })) {
    throw new AppError('ALREADY_EXISTS', { field: 'input.registrationNumber', params: { what: 'A pending re-registration request', whatZh: '待处理的再注册申请' } });
  }
  const at = ctx.clock();
  const request = ctx.em.create(ReregistrationRequest, {
    society: registration.society, registration, requestedBy: ctx.em.getReference(Account, ctx.principal!.accountId), requestedAt: at, statement,
    windowOpensOn: window.opensOn, windowClosesOn: window.closesOn, expiring: registration.validUntil,
  });
  recordRegistrationEvent(ctx.em, registration, { action: 'requestReregistration', actorId: ctx.principal!.accountId, reason: statement, fromStatus: registration.status, toStatus: registration.status, at });
  await ctx.em.flush();
  return request;
}

/** A pending request of the scope's society, its registration locked, and the decider's right to decide it. */
async function loadPendingRequest(ctx: CommandContext, requestId: string, action: 'checkReregistrationConditions' | 'decideReregistration'): Promise<ReregistrationRequest> {
  const request = isUuid(requestId) ? await ctx.em.findOne(ReregistrationRequest, { id: requestId }, { populate: ['registration'] }) : null;
  if (!request) throw new AppError('NOT_FOUND', { field: 'input.requestId' });
  await loadRegistrationFor(ctx, request.registration.registrationNumber, action);
  if (request.status !== ReregistrationStatus.PENDING) {
    throw new AppError('INVALID_TRANSITION', { field: 'input.requestId', params: { stage: request.status, action } });
  }
  return request;
}

/** Staff record, condition by condition, whether the member meets it (with a note the member reads). */
export async function checkReregistrationConditionsCommand(
  ctx: CommandContext,
  input: { requestId: string; conditions: Array<{ condition: ReregistrationCondition; met: boolean; note?: string | null }> },
): Promise<ReregistrationRequest> {
  const seen = new Set<ReregistrationCondition>();
  const checked: CheckedCondition[] = input.conditions.map((entry, index) => {
    if (seen.has(entry.condition)) {
      throw new AppError('BAD_USER_INPUT', { field: `input.conditions[${index}].condition`, params: { detail: 'each condition once', detailZh: '每项条件只能出现一次' } });
    }
    seen.add(entry.condition);
    const note = checkText(entry.note, `input.conditions[${index}].note`, 1000);
    return { condition: entry.condition, met: entry.met, ...(note ? { note } : {}) };
  });
  const request = await loadPendingRequest(ctx, input.requestId, 'checkReregistrationConditions');
  request.conditions = [...request.conditions.filter((earlier) => !seen.has(earlier.condition)), ...checked]
    .sort((a, b) => REREGISTRATION_CONDITIONS.indexOf(a.condition) - REREGISTRATION_CONDITIONS.indexOf(b.condition));
  request.checkedBy = ctx.em.getReference(Account, ctx.principal!.accountId);
  request.checkedAt = ctx.clock();
  await ctx.em.flush();
  return request;
}

/** The conditions not (yet) found met: unchecked ones count as unmet. */
export function unmetConditions(request: ReregistrationRequest): ReregistrationCondition[] {
  return REREGISTRATION_CONDITIONS.filter((condition) => !request.conditions.some((checked) => checked.condition === condition && checked.met));
}

/**
 * Staff grant (every condition met, the member not suspended: a new certificate valid 5 years from the old expiry)
 * or refuse with reasons the member is told (seed 000: 应告知其结果).
 */
export async function decideReregistrationCommand(ctx: CommandContext, input: { requestId: string; grant: boolean; reasons?: string | null }): Promise<ReregistrationRequest> {
  const reasons = checkText(input.reasons, 'input.reasons', 5000, !input.grant);
  const request = await loadPendingRequest(ctx, input.requestId, 'decideReregistration');
  const registration = request.registration;
  const at = ctx.clock();
  const actorId = ctx.principal!.accountId;
  if (input.grant) {
    const missing = unmetConditions(request);
    if (registration.status !== RegistrationStatus.ACTIVE && !missing.includes(ReregistrationCondition.ISSUES_RESOLVED)) missing.push(ReregistrationCondition.ISSUES_RESOLVED);
    if (missing.length > 0) throw new AppError('REREGISTRATION_CONDITIONS_NOT_MET', { field: 'input.grant', params: { missing: missing.join(', ') } });
    const validity = renewedValidity(request.expiring);
    Object.assign(request, { status: ReregistrationStatus.GRANTED, newValidFrom: validity.validFrom, newValidUntil: validity.validUntil });
    Object.assign(registration, validity);
    const certificate = await issueCertificate(ctx.em, registration, validity, actorId, at);
    recordRegistrationEvent(ctx.em, registration, {
      action: 'grantReregistration', actorId, reason: reasons, fromStatus: registration.status, toStatus: registration.status, at,
      details: { validFrom: validity.validFrom, validUntil: validity.validUntil, certificateIssue: certificate.serial },
    });
  } else {
    request.status = ReregistrationStatus.REFUSED;
    recordRegistrationEvent(ctx.em, registration, { action: 'refuseReregistration', actorId, reason: reasons, fromStatus: registration.status, toStatus: registration.status, at });
  }
  Object.assign(request, { reasons, decidedBy: ctx.em.getReference(Account, actorId), decidedAt: at });
  await ctx.em.flush();
  return request;
}
