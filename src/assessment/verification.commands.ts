import { LockMode } from '@mikro-orm/core';
import { Account, Assignment, VerificationRequest, type Application } from '../entities';
import { recordApplicationEvent } from '../workflow/application-events';
import { VerificationAnswer } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkDate, checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { examinerGrantIds } from '../auth/principal';
import { isUuid } from '../common/is-uuid';

/** What staff record of their enquiry. */
export interface VerificationResultInput {
  askedWhom: string;
  askedContact?: string | null;
  askedOn: string;
  answer: VerificationAnswer;
  note?: string | null;
}

function recordStep(ctx: CommandContext, application: Application, action: 'requestVerification' | 'recordVerificationResult', reason: string, details: Record<string, unknown>): void {
  recordApplicationEvent(ctx.em, { application, actorId: ctx.principal!.accountId, action, reason, details, at: ctx.clock() });
}

/**
 * An examiner with a standing assignment on the application asks the society to verify part of the dossier
 * (seed 000: 若考官对申请材料真实性产生质疑，可委托获授权学会向有关单位查询核实).
 */
export async function requestVerificationCommand(ctx: CommandContext, applicationId: string, concerns: string): Promise<VerificationRequest> {
  const text = checkText(concerns, 'concerns', 2000, true)!;
  const { application } = await loadApplicationFor(ctx, applicationId, 'requestVerification');
  // The grant under which the examiner assesses this applicant now (the policy found the assignment).
  const [assignment] = await ctx.em.find(
    Assignment,
    { application, examiner: { $in: examinerGrantIds(ctx.principal, application.society.id) }, removedAt: null },
    { orderBy: { assignedAt: 'asc' }, limit: 1 },
  );
  const request = ctx.em.create(VerificationRequest, {
    society: application.society, application, requestedBy: assignment.examiner, concerns: text, createdAt: ctx.clock(),
  });
  recordStep(ctx, application, 'requestVerification', text, { verificationRequestId: request.id });
  await ctx.em.flush();
  return request;
}

/** Society staff record, once, whom they asked, when, and the answer. */
export async function recordVerificationResultCommand(ctx: CommandContext, id: string, input: VerificationResultInput): Promise<VerificationRequest> {
  const askedWhom = checkText(input.askedWhom, 'input.askedWhom', 200, true)!;
  const askedContact = checkText(input.askedContact, 'input.askedContact', 200);
  const askedOn = checkDate(input.askedOn, 'input.askedOn');
  // An answer that does not confirm must say what was found (or that no one answered and how it was tried).
  const note = checkText(input.note, 'input.note', 2000, input.answer !== VerificationAnswer.CONFIRMED);
  // RLS keeps other societies' requests out of sight: they are NOT_FOUND like any unknown id.
  // Locked for the request's transaction: two staff recording at once record one result, the other is refused.
  const request = isUuid(id) ? await ctx.em.findOne(VerificationRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!request) throw new AppError('NOT_FOUND', { field: 'id' });
  const { application } = await loadApplicationFor(ctx, request.application.id, 'recordVerificationResult');
  if (request.answer) {
    throw new AppError('ALREADY_EXISTS', { field: 'id', params: { what: 'The result of this verification', whatZh: '该核实结果' } });
  }
  if (askedOn < chinaDate(request.createdAt)) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.askedOn', params: { detail: 'the enquiry cannot precede the request', detailZh: '查询日期不能早于核实请求日期' } });
  }
  const now = ctx.clock();
  Object.assign(request, {
    askedWhom, askedContact, askedOn, answer: input.answer, answerNote: note,
    recordedBy: ctx.em.getReference(Account, ctx.principal!.accountId), recordedAt: now,
  });
  recordStep(ctx, application, 'recordVerificationResult', note ?? input.answer, { verificationRequestId: request.id, answer: input.answer, askedWhom });
  await ctx.em.flush();
  return request;
}

/** The China calendar date of an instant. */
function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
