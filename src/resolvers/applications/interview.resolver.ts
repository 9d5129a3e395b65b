import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { recordInterviewCommand } from '../../assessment/record-interview.command';
import { scheduleInterviewCommand } from '../../assessment/schedule-interview.command';
import type { Interview } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { interviewAdviceShown } from '../../policies/interview.policy';
import { factsOfType, toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { answerInterviewQuestionnaireCommand } from '../../assessment/interview-questionnaire.command';
import {
  InterviewOutcomeType, InterviewQuestionnaireInput, InterviewQuestionnaireType, InterviewRecordType, RecordInterviewInput, ScheduleInterviewInput,
} from './interview.types';
import { applicationFacts } from '../../policies/load-application';
import type { ApplicationFacts } from '../../policies/relations';

function toRecord(interview: Interview, facts: ApplicationFacts): InterviewRecordType {
  return {
    applicationFacts: facts,
    mode: interview.mode, scheduledAt: interview.scheduledAt, location: interview.location, identityChecked: interview.identityChecked ?? null,
    changesSinceSubmission: interview.changesSinceSubmission ?? null, selfStatementMinutes: interview.selfStatementMinutes ?? null,
    questioningMinutes: interview.questioningMinutes ?? null, deliberationMinutes: interview.deliberationMinutes ?? null,
    questions: Object.entries(interview.questions).map(([itemCode, question]) => ({ applicationFacts: facts, itemCode, question })),
    conclusion: interview.conclusion ?? null, advice: interview.advice ?? null, reasons: interview.reasons ?? null, recordedAt: interview.recordedAt ?? null,
  };
}

/** The interview: panel and appointment by staff, the record by the chief, the outcome for the applicant. */
@Resolver(() => ApplicationType)
export class InterviewResolver {
  /** The full interview record. */
  @FieldResolver(() => InterviewRecordType, { nullable: true })
  async interview(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<InterviewRecordType | null> {
    const interview = await loaders.interviewByApplicationId.load(application.id);
    return interview ? toRecord(interview, factsOfType(application)) : null;
  }

  /** The appointment and the outcome; the advice only once the applicant is registered. */
  @FieldResolver(() => InterviewOutcomeType, { nullable: true })
  async interviewOutcome(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<InterviewOutcomeType | null> {
    const interview = await loaders.interviewByApplicationId.load(application.id);
    if (!interview) return null;
    return {
      applicationFacts: factsOfType(application),
      mode: interview.mode, scheduledAt: interview.scheduledAt, location: interview.location, conclusion: interview.conclusion ?? null,
      advice: interviewAdviceShown(application.stage!) ? interview.advice ?? null : null,
    };
  }

  /** The applicant's questionnaire about the interview. */
  @FieldResolver(() => InterviewQuestionnaireType, { nullable: true })
  async interviewQuestionnaire(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<InterviewQuestionnaireType | null> {
    const interview = await loaders.interviewByApplicationId.load(application.id);
    if (!interview?.questionnaire || !interview.questionnaireSubmittedAt) return null;
    return { applicationFacts: factsOfType(application), ...interview.questionnaire, comments: interview.questionnaire.comments ?? null, submittedAt: interview.questionnaireSubmittedAt };
  }

  /** Staff: forms the panel and sets the appointment. */
  @Mutation(() => ApplicationType, { nullable: true })
  async scheduleInterview(@Ctx() ctx: RequestContext, @Arg('input') input: ScheduleInterviewInput): Promise<ApplicationType> {
    return toApplicationType(await scheduleInterviewCommand(ctx, input));
  }

  /** The chief: records the interview (time bounds checked). */
  @Mutation(() => InterviewRecordType, { nullable: true })
  async recordInterview(@Ctx() ctx: RequestContext, @Arg('input') input: RecordInterviewInput): Promise<InterviewRecordType> {
    const interview = await recordInterviewCommand(ctx, input);
    return toRecord(interview, applicationFacts(interview.application));
  }

  /** The applicant answers the questionnaire about the interview. */
  @Mutation(() => Boolean, { nullable: true })
  async answerInterviewQuestionnaire(@Ctx() ctx: RequestContext, @Arg('input') input: InterviewQuestionnaireInput): Promise<boolean> {
    await answerInterviewQuestionnaireCommand(ctx, input);
    return true;
  }
}
