import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Account, Application, PartnerBody, RecognitionReferral } from '../entities';
import { ReferralStatus, RegistrationStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkDate, checkText } from '../dossier/input-checks';
import { isUuid } from '../common/is-uuid';
import { chinaToday } from '../workflow/working-day-calendar';
import { allowMemberRecordAction } from '../policies/member-record.policy';
import { loadRegistrationFor, memberFacts } from '../cpd/member-registration';

/**
 * The federation refers a member who asked for mutual recognition in their application (seed 000: 是否有互认需求;
 * seed 002: 根据互认需求将工程会员推荐到对方组织) to a partner body, once per body, while the registration is active.
 */
export async function referForMutualRecognitionCommand(ctx: CommandContext, registrationId: string, partnerBodyCode: string, note?: string | null): Promise<RecognitionReferral> {
  const text = checkText(note, 'note', 2000);
  const registration = await loadRegistrationFor(ctx, registrationId, 'referForMutualRecognition');
  if (registration.status !== RegistrationStatus.ACTIVE) throw new AppError('REGISTRATION_NOT_IN_FORCE', { field: 'registrationId', params: { status: registration.status } });
  const application = await ctx.em.findOneOrFail(Application, { id: registration.application.id }, { filters: false });
  if (!application.wantsMutualRecognition) throw new AppError('MUTUAL_RECOGNITION_NOT_REQUESTED', { field: 'registrationId' });
  const body = await ctx.em.findOne(PartnerBody, { code: partnerBodyCode.trim().toUpperCase() });
  if (!body) throw new AppError('NOT_FOUND', { field: 'partnerBodyCode' });
  if (await ctx.em.count(RecognitionReferral, { registration, partnerBody: body }, { filters: false })) {
    throw new AppError('ALREADY_EXISTS', { field: 'partnerBodyCode', params: { what: `A referral to ${body.code}`, whatZh: `向${body.nameZh}的推荐` } });
  }
  const referral = ctx.em.create(RecognitionReferral, {
    society: registration.society, registration, partnerBody: body, referredOn: chinaToday(ctx.clock()),
    referredBy: ctx.em.getReference(Account, ctx.principal!.accountId), note: text, updatedAt: ctx.clock(),
  });
  await ctx.em.flush();
  return referral;
}

/** The secretariat records the partner body's answer (or the member's withdrawal), once, on a date since the referral. */
export async function recordReferralAnswerCommand(
  ctx: CommandContext, referralId: string, status: ReferralStatus, answeredOn: string, note?: string | null,
): Promise<RecognitionReferral> {
  const date = checkDate(answeredOn, 'answeredOn');
  const text = checkText(note, 'note', 2000, status !== ReferralStatus.RECOGNISED);
  if (status === ReferralStatus.REFERRED) throw new AppError('BAD_USER_INPUT', { field: 'status', params: { detail: 'an answer other than REFERRED', detailZh: '须为对方的答复' } });
  const referral = isUuid(referralId)
    ? await ctx.em.findOne(RecognitionReferral, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false })
    : null;
  // Populated after the lock: FOR UPDATE does not go with the outer joins of a populate.
  if (referral) await ctx.em.populate(referral, ['registration', 'partnerBody']);
  if (!referral || !allowMemberRecordAction(ctx, 'readMemberRecord', memberFacts(referral.registration))) throw new AppError('NOT_FOUND', { field: 'referralId' });
  if (!allowMemberRecordAction(ctx, 'referForMutualRecognition', memberFacts(referral.registration))) throw new AppError('FORBIDDEN', { field: 'referralId' });
  if (referral.status !== ReferralStatus.REFERRED) throw new AppError('INVALID_TRANSITION', { field: 'referralId', params: { stage: referral.status, action: 'recordReferralAnswer' } });
  if (date < referral.referredOn || date > chinaToday(ctx.clock())) {
    throw new AppError('BAD_USER_INPUT', { field: 'answeredOn', params: { detail: `between ${referral.referredOn} and today`, detailZh: `须在 ${referral.referredOn} 至今天之间` } });
  }
  Object.assign(referral, { status, answeredOn: date, note: text ?? referral.note, updatedAt: ctx.clock() });
  await ctx.em.flush();
  return referral;
}

/** A member who asked for recognition, with the referrals made so far (the secretariat's list). */
export interface RecognitionCandidateRow {
  registrationId: string;
  registrationNumber: string;
  name: string;
  namePinyin: string | null;
  societyCode: string;
  fieldNameEn: string;
  gradeNameEn: string;
  referredTo: string[];
}

/** Active members whose application asked for mutual recognition, by registration number: one statement. */
export async function recognitionCandidates(em: EntityManager, limit: number): Promise<RecognitionCandidateRow[]> {
  return em.getConnection().execute<RecognitionCandidateRow[]>(
    `select r.id as "registrationId", r.registration_number as "registrationNumber", r.name, r.name_pinyin as "namePinyin", s.code as "societyCode",
            r.field_name_en as "fieldNameEn", r.grade_name_en as "gradeNameEn",
            coalesce(array_agg(pb.code order by pb.sort_order) filter (where pb.code is not null), '{}') as "referredTo"
     from registration r join application a on a.id = r.application_id join society s on s.id = r.society_id
       left join recognition_referral rr on rr.registration_id = r.id left join partner_body pb on pb.id = rr.partner_body_id
     where r.status = 'ACTIVE' and a.wants_mutual_recognition
     group by r.id, s.code order by r.registration_number limit ?`,
    [limit], 'all', em.getTransactionContext(),
  );
}
