import { LockMode } from '@mikro-orm/core';
import { Account, Application, ApplicationEvent, Complaint, ComplaintStep, ComplaintTarget, Registration, RoleGrant, Society } from '../entities';
import { ComplaintHandler, ComplaintKind, ComplaintOutcome, ComplaintStatus, ComplaintStepAction, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { isUuid } from '../common/is-uuid';
import { calendarOfRequest } from '../workflow/calendar';
import { chinaToday } from '../workflow/working-day-calendar';
import { notifyComplaintFeedback, notifyComplaintReceived } from '../notifications/complaint-messages';
import { allowComplaintAction, isComplaintHandler, type ComplaintFacts } from '../policies/complaint.policy';

/** The facts the complaint policy reads. */
export function complaintFacts(complaint: Complaint): ComplaintFacts {
  return {
    handler: complaint.handler, societyId: complaint.society?.id ?? null, complainantId: complaint.complainant?.id ?? null,
    status: complaint.status, round: complaint.round,
  };
}

/** What someone lodges. */
export interface LodgeComplaintInput {
  kind: ComplaintKind;
  subject: string;
  content: string;
  contact?: string | null;
  applicationId?: string | null;
  decisionEventId?: string | null;
  societyCode?: string | null;
  concernsRegistrationNumber?: string | null;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** The due date of a complaint received today by a handler, on the working-day calendar. */
async function schedule(ctx: CommandContext, handler: ComplaintHandler): Promise<{ receivedOn: string; targetWorkingDays: number; dueOn: string }> {
  const target = await ctx.em.findOneOrFail(ComplaintTarget, { handler });
  const receivedOn = chinaToday(ctx.clock());
  const dueOn = (await calendarOfRequest(ctx.em)).addWorkingDays(receivedOn, target.workingDays);
  return { receivedOn, targetWorkingDays: target.workingDays, dueOn };
}

async function recordStep(ctx: CommandContext, complaint: Complaint, action: ComplaintStepAction, note: string, evidence?: string): Promise<void> {
  // The complaint row is locked by every step after the first: numbering cannot race.
  const seq = (await ctx.em.count(ComplaintStep, { complaint: complaint.id })) + 1;
  ctx.em.create(ComplaintStep, {
    complaint, seq, round: complaint.round, handler: complaint.handler, action, note, evidence,
    actor: ctx.principal ? ctx.em.getReference(Account, ctx.principal.accountId) : undefined, at: ctx.clock(),
  });
}

/**
 * Lodges a complaint (seed 003 10.2.2–10.2.4; seed 000): about a result, to the society, naming the application and
 * its decision; about a society's breach of procedure or mismanagement, to the federation's quality supervision
 * committee, by an applicant of that society; or an opinion, by anyone (anonymous allowed), to the same committee.
 */
export async function lodgeComplaintCommand(ctx: CommandContext, input: LodgeComplaintInput): Promise<Complaint> {
  const subject = checkText(input.subject, 'input.subject', 200, true)!;
  const content = checkText(input.content, 'input.content', 10000, true)!;
  const contact = checkText(input.contact, 'input.contact', 200);
  const accountId = ctx.principal?.accountId;
  if (input.kind !== ComplaintKind.OPINION && !accountId) throw new AppError('UNAUTHENTICATED');
  let society: Society | undefined;
  let application: Application | undefined;
  let decisionEvent: ApplicationEvent | undefined;
  let handler: ComplaintHandler;
  switch (input.kind) {
    case ComplaintKind.RESULT: {
      // To the society that decided: the complainant's own application there, and one event of its history.
      if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
      if (!input.applicationId) throw bad('input.applicationId', 'name the application whose result you contest', '请指明所投诉结果的申请');
      if (!input.decisionEventId) throw bad('input.decisionEventId', 'name the decision you contest', '请指明所投诉的决定');
      application = (isUuid(input.applicationId) ? await ctx.em.findOne(Application, { id: input.applicationId, applicant: accountId, society: ctx.scope.society.id }) : null) ?? undefined;
      if (!application) throw new AppError('NOT_FOUND', { field: 'input.applicationId' });
      decisionEvent = (isUuid(input.decisionEventId) ? await ctx.em.findOne(ApplicationEvent, { id: input.decisionEventId, application }) : null) ?? undefined;
      if (!decisionEvent) throw new AppError('NOT_FOUND', { field: 'input.decisionEventId' });
      society = application.society;
      handler = ComplaintHandler.SOCIETY;
      break;
    }
    case ComplaintKind.PROCEDURE_BREACH:
    case ComplaintKind.MISMANAGEMENT: {
      // To the federation about a society (003 10.2.3, 10.2.4: 申请人): the complainant applies (or applied) there.
      if (!input.societyCode) throw bad('input.societyCode', 'name the society', '请指明被投诉的学会');
      society = (await ctx.em.findOne(Society, { code: input.societyCode.trim().toUpperCase() })) ?? undefined;
      if (!society) throw new AppError('NOT_FOUND', { field: 'input.societyCode' });
      const applicant = await ctx.em.count(RoleGrant, { account: accountId, society, role: GrantRole.APPLICANT }, { filters: false });
      if (applicant === 0) throw new AppError('FORBIDDEN', { field: 'input.societyCode' });
      handler = ComplaintHandler.QUALITY_SUPERVISION;
      break;
    }
    case ComplaintKind.OPINION: {
      if (input.societyCode) {
        society = (await ctx.em.findOne(Society, { code: input.societyCode.trim().toUpperCase() })) ?? undefined;
        if (!society) throw new AppError('NOT_FOUND', { field: 'input.societyCode' });
      }
      handler = ComplaintHandler.QUALITY_SUPERVISION;
      break;
    }
    default:
      throw bad('input.kind', 'unknown kind', '未知类型');
  }
  let concernsRegistration: Registration | undefined;
  if (input.concernsRegistrationNumber) {
    concernsRegistration = (await ctx.em.findOne(Registration, { registrationNumber: input.concernsRegistrationNumber.trim() })) ?? undefined;
    if (!concernsRegistration) throw new AppError('NOT_FOUND', { field: 'input.concernsRegistrationNumber' });
  }
  const complaint = ctx.em.create(Complaint, {
    kind: input.kind, handler, society, complainant: accountId ? ctx.em.getReference(Account, accountId) : undefined, contact,
    complainantName: ctx.principal?.displayName, complainantEmail: ctx.principal?.email,
    application, decisionEvent, concernsRegistration, subject, content, ...(await schedule(ctx, handler)), createdAt: ctx.clock(),
  });
  await recordStep(ctx, complaint, ComplaintStepAction.RECEIVE, subject);
  await ctx.em.flush();
  // In the lodging transaction (seed 003 10.2.5: 受理): the handlers learn of it with the complaint.
  await notifyComplaintReceived(ctx.em, complaint, 'RECEIVE', ctx.clock());
  return complaint;
}

/** The complaint by id, locked, for an action: NOT_FOUND for whoever may not read it (the member it concerns too). */
export async function loadComplaintFor(ctx: CommandContext, complaintId: string, action: 'read' | 'handle' | 'escalate', lock = false): Promise<Complaint> {
  const complaint = isUuid(complaintId)
    ? await ctx.em.findOne(Complaint, { id: complaintId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!complaint || !allowComplaintAction(ctx, 'read', complaintFacts(complaint))) throw new AppError('NOT_FOUND', { field: 'complaintId' });
  if (!allowComplaintAction(ctx, action, complaintFacts(complaint))) throw new AppError('FORBIDDEN', { field: 'complaintId' });
  return complaint;
}

/** A handling step: from which statuses it may be taken, and where it leads. */
interface HandlingStep {
  from: readonly ComplaintStatus[];
  to: ComplaintStatus;
}

/** The handling as a table (003 10.2.5: 受理 → 处理 → 反馈); every step keeps its note and evidence. */
export const HANDLING_STEPS: Record<'ASSIGN' | 'INVESTIGATE' | 'DECIDE' | 'FEEDBACK', HandlingStep> = {
  // Reassigning is allowed until the investigation starts.
  ASSIGN: { from: [ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED], to: ComplaintStatus.ASSIGNED },
  // Each finding is its own step; the investigation may take several.
  INVESTIGATE: { from: [ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING], to: ComplaintStatus.INVESTIGATING },
  DECIDE: { from: [ComplaintStatus.INVESTIGATING], to: ComplaintStatus.DECIDED },
  FEEDBACK: { from: [ComplaintStatus.DECIDED], to: ComplaintStatus.FEEDBACK_GIVEN },
};

/** What a handler records with a step. */
export interface HandleComplaintInput {
  complaintId: string;
  action: keyof typeof HANDLING_STEPS;
  note: string;
  evidence?: string | null;
  assigneeId?: string | null;
  outcome?: ComplaintOutcome | null;
}

/** A handler takes the next step of a complaint, recording it with its evidence. */
export async function handleComplaintCommand(ctx: CommandContext, input: HandleComplaintInput): Promise<Complaint> {
  const note = checkText(input.note, 'input.note', 10000, true)!;
  const evidence = checkText(input.evidence, 'input.evidence', 10000);
  const complaint = await loadComplaintFor(ctx, input.complaintId, 'handle', true);
  const step = HANDLING_STEPS[input.action];
  if (!step.from.includes(complaint.status)) {
    throw new AppError('INVALID_TRANSITION', { field: 'input.action', params: { stage: complaint.status, action: input.action } });
  }
  if (input.action === 'ASSIGN') {
    if (!input.assigneeId) throw bad('input.assigneeId', 'name whom to assign', '请指定承办人');
    // The assignee handles complaints of this handler: staff of the society, or the federation body concerned.
    const grants = isUuid(input.assigneeId) ? await ctx.em.find(RoleGrant, { account: input.assigneeId, revokedAt: null }, { populate: ['society'], filters: false }) : [];
    const assignee = { principal: { accountId: input.assigneeId, email: '', displayName: '', grants: grants.map((g) => ({ id: g.id, role: g.role, society: g.society && { id: g.society.id, code: g.society.code, status: g.society.status }, specialtyCodes: [], createdAt: g.createdAt })) } };
    const scope = { ...ctx.scope, roles: new Set(grants.filter((g) => g.society?.id === complaint.society?.id).map((g) => g.role)) };
    if (!isComplaintHandler({ ...assignee, scope }, complaint.handler, complaint.society?.id ?? null)) throw new AppError('NOT_FOUND', { field: 'input.assigneeId' });
    complaint.assignedTo = ctx.em.getReference(Account, input.assigneeId);
  }
  if (input.action === 'DECIDE') {
    if (!input.outcome) throw bad('input.outcome', 'the decision is required', '请给出处理结论');
    Object.assign(complaint, { outcome: input.outcome, outcomeReasons: note });
  }
  if (input.action === 'FEEDBACK') Object.assign(complaint, { feedback: note, feedbackOn: chinaToday(ctx.clock()) });
  complaint.status = step.to;
  await recordStep(ctx, complaint, input.action as ComplaintStepAction, note, evidence);
  await ctx.em.flush();
  // Seed 003 10.2.5 (及时向投诉人反馈处理结果): the feedback reaches the complainant in the step's transaction.
  if (input.action === 'FEEDBACK') await notifyComplaintFeedback(ctx.em, complaint, ctx.clock());
  return complaint;
}

/**
 * The complainant disagrees with the handling and escalates to the federation secretariat (seed 000: 如对申诉、投诉以及
 * 建议的处理结果有不同意见，可向联合体秘书处书面反映情况): a second round, received today, with its own due date.
 */
export async function escalateComplaintCommand(ctx: CommandContext, complaintId: string, reason: string): Promise<Complaint> {
  const text = checkText(reason, 'reason', 10000, true)!;
  const complaint = await loadComplaintFor(ctx, complaintId, 'read', true);
  if (!allowComplaintAction(ctx, 'escalate', complaintFacts(complaint))) {
    throw new AppError('INVALID_TRANSITION', { field: 'complaintId', params: { stage: `${complaint.handler}/${complaint.status}`, action: 'escalateComplaint' } });
  }
  Object.assign(complaint, {
    handler: ComplaintHandler.SECRETARIAT, status: ComplaintStatus.RECEIVED, round: complaint.round + 1, assignedTo: undefined,
    outcome: undefined, outcomeReasons: undefined, feedback: undefined, feedbackOn: undefined, ...(await schedule(ctx, ComplaintHandler.SECRETARIAT)),
  });
  await recordStep(ctx, complaint, ComplaintStepAction.ESCALATE, text);
  await ctx.em.flush();
  // The secretariat learns of the second round in the escalating transaction.
  await notifyComplaintReceived(ctx.em, complaint, 'ESCALATE', ctx.clock());
  return complaint;
}

/** The federation sets a handler's target in working days (measured from receipt to feedback). */
export async function setComplaintTargetCommand(ctx: CommandContext, handler: ComplaintHandler, workingDays: number): Promise<ComplaintTarget> {
  const target = await ctx.em.findOneOrFail(ComplaintTarget, { handler });
  target.workingDays = workingDays;
  await ctx.em.flush();
  return target;
}
