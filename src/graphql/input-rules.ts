import type { TextFormatName } from '../common/input-formats';
import { YEAR_RANGE } from '../common/input-ranges';
import { MAX_PAGE_SIZE } from '../resolvers/common/connection';

/** What an argument or input field must satisfy beyond its GraphQL type. */
export type InputRule =
  | { kind: 'calendarDate' }
  | { kind: 'instant' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'identifier' }
  | { kind: 'globalId' }
  | { kind: 'format'; format: TextFormatName };

const CALENDAR_DATE: InputRule = { kind: 'calendarDate' };
const PAGE_SIZE: InputRule = { kind: 'integer', min: 1, max: MAX_PAGE_SIZE };
const RATING: InputRule = { kind: 'integer', min: 1, max: 5 };
// The register starts in this century; a CPD year outside it is a typing error.
const CPD_YEAR: InputRule = { kind: 'integer', min: 2000, max: 2100 };
const MARK: InputRule = { kind: 'integer', min: 0, max: 100 };
// An interview lasts well under a day; the command holds the domain's own minimums and maximum.
const INTERVIEW_PART_MINUTES: InputRule = { kind: 'integer', min: 0, max: 24 * 60 };

/**
 * Checks applied to every request before it runs, keyed by schema coordinate (`Type.field` for input fields,
 * `Query.field.argument` / `Mutation.field.argument` for arguments). Dates travel as 'YYYY-MM-DD' strings, so the
 * schema alone cannot say which strings are dates: this table does. Every coordinate must exist in the schema
 * (checked when the server starts). Domain rules with their own codes (a notice of ≥ 5 working days, interview
 * minimums) stay with their commands; the table holds the bounds outside which a value makes no sense at all.
 */
export const INPUT_RULES: Readonly<Record<string, InputRule>> = {
  'Query.workingDaysAfter.from': CALENDAR_DATE,
  'Query.workingDaysAfter.workingDays': { kind: 'integer', min: 0, max: 366 },
  'Query.workingDayOverrides.year': { kind: 'integer', ...YEAR_RANGE },
  'Query.applications.first': PAGE_SIZE,
  'Query.applications.last': PAGE_SIZE,
  'Query.examiners.last': PAGE_SIZE,
  'Query.dossierAccessLog.last': PAGE_SIZE,
  'Query.notifications.last': PAGE_SIZE,
  'Query.registrationStatusChanges.last': PAGE_SIZE,
  'Query.examiners.first': PAGE_SIZE,
  'Query.dossierAccessLog.first': PAGE_SIZE,
  'Query.notifications.first': PAGE_SIZE,
  'Mutation.setWorkingDayOverride.date': CALENDAR_DATE,
  'Mutation.removeWorkingDayOverride.date': CALENDAR_DATE,
  'HolidayArrangementInput.year': { kind: 'integer', min: 2000, max: 2100 },
  'HolidayPeriodInput.firstDay': CALENDAR_DATE,
  'HolidayPeriodInput.lastDay': CALENDAR_DATE,
  'AdjustedWorkingDayInput.date': CALENDAR_DATE,
  'Mutation.setClarificationPeriod.workingDays': { kind: 'integer', min: 1, max: 60 },
  'Mutation.setWrittenExamPassMark.passMark': MARK,
  'WrittenExamStandardInput.passMark': MARK,
  'BasicInformationInput.birthDate': CALENDAR_DATE,
  'EducationInput.fromDate': CALENDAR_DATE,
  'EducationInput.toDate': CALENDAR_DATE,
  'WorkHistoryInput.fromDate': CALENDAR_DATE,
  'WorkHistoryInput.toDate': CALENDAR_DATE,
  'AchievementInput.date': CALENDAR_DATE,
  'RecordWrittenExamSittingInput.heldOn': CALENDAR_DATE,
  'RecordVerificationResultInput.askedOn': CALENDAR_DATE,
  'PublishNoticeInput.startsOn': CALENDAR_DATE,
  // Below the minimum the command answers NOTICE_TOO_SHORT; above 60 (three months) is no notice period.
  'PublishNoticeInput.workingDays': { kind: 'integer', min: 0, max: 60 },
  'ScheduleInterviewInput.scheduledAt': { kind: 'instant' },
  'RecordInterviewInput.selfStatementMinutes': INTERVIEW_PART_MINUTES,
  'RecordInterviewInput.questioningMinutes': INTERVIEW_PART_MINUTES,
  'RecordInterviewInput.deliberationMinutes': INTERVIEW_PART_MINUTES,
  'ScorePaperInput.score': MARK,
  'InterviewQuestionnaireInput.overall': RATING,
  'InterviewQuestionnaireInput.fairness': RATING,
  'InterviewQuestionnaireInput.professionalism': RATING,
  // CPD (after registration): years of the register, hours of one activity, the society's settings.
  'Query.cpdRecord.year': CPD_YEAR,
  'Query.cpdCompliance.year': CPD_YEAR,
  'Query.cpdCompliance.first': PAGE_SIZE,
  'Query.cpdFigures.year': CPD_YEAR,
  'Query.cpdAuditDraw.year': CPD_YEAR,
  'Mutation.drawCpdAudit.year': CPD_YEAR,
  'Mutation.saveCpdSummary.year': CPD_YEAR,
  'CpdActivityInput.startedOn': CALENDAR_DATE,
  'CpdActivityInput.endedOn': CALENDAR_DATE,
  // One activity of more than 500 hours (a quarter of a working year) is a typing error.
  'CpdActivityInput.hours': { kind: 'integer', min: 1, max: 500 },
  'Mutation.setCpdRequirements.minimumHours': { kind: 'integer', min: 0, max: 500 },
  'Mutation.setCpdRequirements.auditRatePercent': { kind: 'integer', min: 0, max: 100 },
  // A complaint handled in more than a year of working days is no target.
  'Mutation.setComplaintTarget.workingDays': { kind: 'integer', min: 1, max: 250 },
  'Mutation.recordReferralAnswer.answeredOn': CALENDAR_DATE,
  'Query.recognitionCandidates.first': PAGE_SIZE,
  'ReportFilter.from': CALENDAR_DATE,
  'ReportFilter.to': CALENDAR_DATE,
  // Five years: a registration's whole validity.
  'Query.registrationReport.expiringWithinMonths': { kind: 'integer', min: 1, max: 60 },
  'Query.registrationStatusChanges.from': CALENDAR_DATE,
  'Query.registrationStatusChanges.to': CALENDAR_DATE,
  'Query.registrationStatusChanges.first': PAGE_SIZE,
  // Society branding (what a branded portal shows) and contact people.
  'SocietyBrandingInput.primaryColor': { kind: 'format', format: 'colour' },
  'SocietyBrandingInput.accentColor': { kind: 'format', format: 'colour' },
  'SocietyBrandingInput.siteUrl': { kind: 'format', format: 'webAddress' },
  'ContactPersonInput.phone': { kind: 'format', format: 'phone' },
  'ContactPersonInput.email': { kind: 'format', format: 'email' },
  // Global ids (an object's nodeId) wrap a type and its key: not UUIDs, and checked as what they are.
  'Query.node.id': { kind: 'globalId' },
  'Query.nodes.ids': { kind: 'globalId' },
};


const IDENTIFIER: InputRule = { kind: 'identifier' };
const IDENTIFIER_NAME = /^(id|[a-z][A-Za-z]*Ids?)$/;

/**
 * A LocalDate argument or field is checked as a calendar date. Every row the API names is keyed by a UUID, so an argument or input field of type ID, or named `id`, `…Id` or
 * `…Ids`, must hold UUIDs: anything else could name no row and must not reach a uuid column (PostgreSQL would fail
 * the statement). Applied by name so a new id argument is covered without a table row.
 */
export function ruleForCoordinate(coordinate: string, scalarName: string): InputRule | undefined {
  const explicit = INPUT_RULES[coordinate];
  if (explicit) return explicit;
  // Every LocalDate is a calendar date: the scalar names it, the table need not.
  if (scalarName === 'LocalDate') return CALENDAR_DATE;
  const name = coordinate.slice(coordinate.lastIndexOf('.') + 1);
  return scalarName === 'ID' || (scalarName === 'String' && IDENTIFIER_NAME.test(name)) ? IDENTIFIER : undefined;
}
