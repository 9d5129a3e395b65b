import { loadGradeRoute } from '../categories/application-route';
import { Account, Application, FederationReviewEntry, Registration, Society } from '../entities';
import { FederationDecision } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { addMonths } from '../workflow/calendar';
import { decide } from '../assessment/guard-facts';
import { chinaToday } from '../workflow/working-day-calendar';
import { formatRegistrationNumber, nextRegistrationSequence } from './registration-number';
import { issueCertificate } from '../certificates/issue-certificate';

/** Years a registration is valid (seed 000: 有效期 5 年). */
export const REGISTRATION_VALID_YEARS = 5;

/** Draws the in-depth sample of a submission: ceil(n × percent / 100) applications, at random. */
export function drawSample<T>(items: readonly T[], percent: number, random: () => number = Math.random): Set<T> {
  const count = Math.min(items.length, Math.ceil((items.length * percent) / 100));
  const shuffled = [...items].map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key);
  return new Set(shuffled.slice(0, count).map((entry) => entry.item));
}

/** Records a society's submission to the federation: one entry per application, the sample drawn. */
export function submitToFederation(ctx: CommandContext, applications: readonly Application[]): void {
  const sample = drawSample(applications, ctx.config.federationSamplePercent);
  for (const application of applications) {
    ctx.em.create(FederationReviewEntry, { society: application.society, application, sampled: sample.has(application), submittedAt: ctx.clock() });
  }
}

/** The federation committee approves an application of a submission, or returns it to the society with reasons. */
export async function decideAtFederationCommand(
  ctx: CommandContext,
  input: { applicationId: string; expectedVersion: number; decision: FederationDecision; reasons?: string | null },
): Promise<Application> {
  const reasons = checkText(input.reasons, 'input.reasons', 5000, input.decision === FederationDecision.RETURNED);
  if (input.decision === FederationDecision.PENDING) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.decision', params: { detail: 'APPROVED or RETURNED', detailZh: '须为 APPROVED 或 RETURNED' } });
  }
  const action = input.decision === FederationDecision.APPROVED ? 'approveAtFederation' : 'returnFromFederation';
  const application = await decide(ctx, { applicationId: input.applicationId, decision: action, expectedVersion: input.expectedVersion, reason: reasons });
  const [entry] = await ctx.em.find(FederationReviewEntry, { application, decision: FederationDecision.PENDING }, { orderBy: { submittedAt: 'desc' }, limit: 1 });
  if (entry) {
    Object.assign(entry, { decision: input.decision, reasons, decidedBy: ctx.em.getReference(Account, ctx.principal!.accountId), decidedAt: ctx.clock() });
    await ctx.em.flush();
  }
  return application;
}

/**
 * Registers a member: by the grade's route, the secretariat confirms the grades the federation registers, the society its own.
 * A unique unified number, valid 5 years from the confirmation date.
 */
export async function registerMemberCommand(ctx: CommandContext, input: { applicationId: string; expectedVersion: number }): Promise<Registration> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'read');
  const { grade, field, plugin, route } = await loadGradeRoute(ctx.em, application);
  const action = route.registeredBy === 'SOCIETY' ? 'registerTrainee' : 'confirmRegistration';
  await decide(ctx, { applicationId: application.id, decision: action, expectedVersion: input.expectedVersion });
  const today = chinaToday(ctx.clock());
  const society = await ctx.em.findOneOrFail(Society, { id: application.society.id });
  const year = Number(today.slice(0, 4));
  const gradeMark = plugin.registrationGradeMarks[grade.code] ?? grade.code;
  const seq = await nextRegistrationSequence(ctx.em, year, gradeMark);
  const registrationNumber = formatRegistrationNumber(ctx.config.registrationNumberFormat, { year, society: society.code, grade: gradeMark, seq });
  // Unique across the federation: a number already on the register (say, issued under an earlier format) is refused, not reissued.
  if (await ctx.em.count(Registration, { registrationNumber })) throw new AppError('REGISTRATION_NUMBER_TAKEN', { params: { number: registrationNumber } });
  const registration = ctx.em.create(Registration, {
    society, application, member: application.applicant,
    registrationNumber,
    name: application.name ?? '', namePinyin: application.namePinyin, employer: application.employer,
    fieldNameZh: field.nameZh, fieldNameEn: field.nameEn, gradeNameZh: grade.nameZh, gradeNameEn: grade.nameEn,
    validFrom: today, validUntil: addMonths(today, plugin.certificate.validYears * 12),
    confirmedBy: ctx.em.getReference(Account, ctx.principal!.accountId), registeredAt: ctx.clock(),
  });
  // The first certificate, valid from the federation's confirmation (seed 000: 自联合体确认之日起生效).
  await issueCertificate(ctx.em, registration, registration, ctx.principal!.accountId, ctx.clock());
  await ctx.em.flush();
  return registration;
}
