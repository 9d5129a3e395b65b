import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { pluginForField } from '../../categories/registry';
import { Account, Application, EngineeringField, Grade, Society, SocietyField, Specialty } from '../../entities';
import { recordApplicationEvent } from '../../workflow/application-events';
import { ApplicationChannel, ApplicationStage } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { allowStartApplication } from '../../policies/application.policy';
import { nameToPinyin } from '../name-pinyin';
import { approvedPreApplicationFor } from '../../enterprise/pre-application.commands';
import { STAGES } from '../../workflow/procedure';

/** Stages that end an application: it no longer counts as open. */
const TERMINAL = (Object.keys(STAGES) as ApplicationStage[]).filter((stage) => STAGES[stage].terminal);

/** What the applicant chooses first. */
export interface StartApplicationInput {
  fieldCode: string;
  specialtyCode: string;
  gradeCode: string;
  channel: ApplicationChannel;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Opens a draft application in the request's society: field it covers, specialty of the field, grade of the field's ladder. */
export async function startApplicationCommand(ctx: CommandContext, input: StartApplicationInput): Promise<Application> {
  const { em, scope, principal } = ctx;
  if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!principal || !allowStartApplication(ctx)) throw new AppError('FORBIDDEN');
  const account = await em.findOneOrFail(Account, { id: principal.accountId });
  if (account.barredAt) throw new AppError('APPLICANT_BARRED');
  // The enterprise channel opens only from an approved pre-application of a redeemed code (seed 004); the society
  // channel links its approved pre-application when there is one.
  const preApplication = await approvedPreApplicationFor(em, account.id, scope.society.id, input.channel);
  if (input.channel === ApplicationChannel.ENTERPRISE && !preApplication) throw new AppError('PRE_APPLICATION_REQUIRED', { field: 'input.channel' });
  const field = await em.findOne(EngineeringField, { code: input.fieldCode.trim().toUpperCase() });
  if (!field || !(await em.count(SocietyField, { society: scope.society.id, field }))) {
    throw bad('input.fieldCode', `society ${scope.society.code} does not evaluate this field`, `学会 ${scope.society.code} 不评价该工程技术领域`);
  }
  const specialty = await em.findOne(Specialty, { field, code: input.specialtyCode.trim().toUpperCase() });
  if (!specialty) throw bad('input.specialtyCode', 'the specialty is not one of the field', '该专业类别不属于所选领域');
  const ladder = pluginForField(field.code).ladder.code;
  const grade = await em.findOne(Grade, { ladder, code: input.gradeCode.trim().toUpperCase() });
  if (!grade) throw bad('input.gradeCode', `the grade is not on the ${ladder} ladder of this field`, '该级别不适用于所选领域');
  if (preApplication && (preApplication.field.id !== field.id || preApplication.grade.id !== grade.id)) {
    throw bad('input.gradeCode', 'field and grade must be those of the approved pre-application', '领域和级别须与已通过审核的拟参加申请一致');
  }
  if (await em.count(Application, { applicant: account, society: scope.society.id, stage: { $nin: TERMINAL } })) {
    throw new AppError('ALREADY_EXISTS', { field: 'input', params: { what: 'An open application in this society', whatZh: '您在本学会的未结束申请' } });
  }
  const now = ctx.clock();
  const application = em.create(Application, {
    society: em.getReference(Society, scope.society.id),
    applicant: account,
    field,
    specialty,
    grade,
    channel: input.channel,
    preApplication: preApplication ?? undefined,
    recommendingEnterprise: preApplication?.enterprise,
    // Offered from the account, editable in the basic-information section.
    name: account.displayName,
    namePinyin: nameToPinyin(account.displayName) || undefined,
    email: account.email,
    categoryFields: { category: pluginForField(field.code).code },
    createdAt: now,
    updatedAt: now,
  });
  recordApplicationEvent(em, { application, actorId: account.id, action: 'start', fromStage: ApplicationStage.DRAFT, toStage: ApplicationStage.DRAFT, at: now });
  try {
    await em.flush();
  } catch (error) {
    // Two starts at once: the partial unique index decides, the loser gets the same answer as above.
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError('ALREADY_EXISTS', { field: 'input', params: { what: 'An open application in this society', whatZh: '您在本学会的未结束申请' } });
    }
    throw error;
  }
  return application;
}

