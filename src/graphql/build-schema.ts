import 'reflect-metadata';
import { GraphQLSchema, isInputObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import '../resolvers/common/enums';
import { AccountResolver, CurrentScopeResolver, ExaminerProfileResolver, GrantRelationsResolver } from '../resolvers/accounts/account.resolver';
import { InvitationResolver } from '../resolvers/accounts/invitation.resolver';
import { RoleAdministrationResolver } from '../resolvers/accounts/role-administration.resolver';
import { ExaminerResolver } from '../resolvers/examiners/examiner.resolver';
import {
  CompetencyAreaItemsResolver, CompetencyItemAreaResolver, EngineeringFieldRelationsResolver, ReferenceQueryResolver, SocietyFieldsResolver,
} from '../resolvers/reference/reference.resolver';
import { SocietyAdminResolver } from '../resolvers/societies/society-admin.resolver';
import { SocietyBrandingResolver } from '../resolvers/societies/society-branding.resolver';
import {
  ComplaintViewerCanResolver, CpdActivityViewerCanResolver, CpdAuditViewerCanResolver, ExaminerViewerCanResolver, RecognitionReferralViewerCanResolver, PublicNoticeViewerCanResolver, SocietyViewerCanResolver,
} from '../resolvers/common/object-viewer-can.resolver';
import { FileDownloadResolver } from '../resolvers/files/file-download.resolver';
import { WrittenExamStandardResolver } from '../resolvers/societies/written-exam-standard.resolver';
import '../resolvers/applications/application.enums';
import { AccessLogResolver } from '../resolvers/applications/access-log.resolver';
import { RegistrationStatusChangesResolver } from '../resolvers/registrations/registration-status-changes.resolver';
import { AssessmentResolver } from '../resolvers/applications/assessment.resolver';
import { ScoreSheetResolver } from '../resolvers/applications/score-sheet.resolver';
import { InterviewResolver } from '../resolvers/applications/interview.resolver';
import { ComprehensiveReviewResolver } from '../resolvers/applications/comprehensive-review.resolver';
import { PublicNoticeResolver } from '../resolvers/applications/public-notice.resolver';
import { RegistrationResolver } from '../resolvers/applications/registration.resolver';
import { RegistrationStatusResolver } from '../resolvers/registrations/registration-status.resolver';
import { ReregistrationResolver } from '../resolvers/registrations/reregistration.resolver';
import { WrittenExamResolver } from '../resolvers/applications/written-exam.resolver';
import { VerificationResolver } from '../resolvers/applications/verification.resolver';
import { CpdResolver } from '../resolvers/cpd/cpd.resolver';
import { ComplaintResolver } from '../resolvers/complaints/complaint.resolver';
import { MutualRecognitionResolver } from '../resolvers/mutual-recognition/mutual-recognition.resolver';
import { ApplicationFieldsResolver } from '../resolvers/applications/application-fields.resolver';
import { DeadlineFieldsResolver } from '../resolvers/applications/deadline-fields.resolver';
import { ApplicationQueriesResolver } from '../resolvers/applications/application-queries.resolver';
import { DossierCommandsResolver } from '../resolvers/applications/dossier-commands.resolver';
import { ProcedureStepsResolver } from '../resolvers/applications/procedure-steps.resolver';
import { WorkingDaysResolver } from '../resolvers/calendar/working-days.resolver';
import { NotificationResolver } from '../resolvers/notifications/notification.resolver';
import { LiveResolver } from '../resolvers/live/live.resolver';
import { ApplicationEnterpriseFieldsResolver, EnterpriseResolver } from '../resolvers/enterprise/enterprise.resolver';
import { ScheduledJobsResolver } from '../resolvers/jobs/scheduled-jobs.resolver';
import { CATEGORY_FIELDS_INPUT } from '../categories/category-fields-input';
import { CATEGORY_PLUGINS } from '../categories/registry';
import { CategoryFieldsResolver, CategoryNextStepsResolver } from '../resolvers/applications/category-fields.resolver';
import { ErrorCodeEnum } from '../errors/error-code-enum';

import { ReportResolver } from '../resolvers/reports/report.resolver';
import { NodeResolver } from '../resolvers/common/node.resolver';

/** Every resolver class of the API, listed explicitly. */
export const RESOLVERS = [
  NodeResolver,
  ReferenceQueryResolver,
  SocietyFieldsResolver,
  EngineeringFieldRelationsResolver,
  CompetencyAreaItemsResolver,
  CompetencyItemAreaResolver,
  AccountResolver,
  CurrentScopeResolver,
  GrantRelationsResolver,
  ExaminerProfileResolver,
  InvitationResolver,
  RoleAdministrationResolver,
  SocietyAdminResolver,
  SocietyBrandingResolver,
  SocietyViewerCanResolver, ExaminerViewerCanResolver, PublicNoticeViewerCanResolver, ComplaintViewerCanResolver, CpdActivityViewerCanResolver, CpdAuditViewerCanResolver, RecognitionReferralViewerCanResolver,
  FileDownloadResolver,
  WrittenExamStandardResolver,
  ExaminerResolver,
  ApplicationQueriesResolver,
  ApplicationFieldsResolver,
  DeadlineFieldsResolver,
  DossierCommandsResolver,
  ProcedureStepsResolver,
  AccessLogResolver,
  RegistrationStatusChangesResolver,
  AssessmentResolver,
  ScoreSheetResolver,
  InterviewResolver,
  ComprehensiveReviewResolver,
  PublicNoticeResolver,
  RegistrationResolver,
  RegistrationStatusResolver,
  ReregistrationResolver,
  WrittenExamResolver,
  VerificationResolver,
  CpdResolver,
  ComplaintResolver,
  MutualRecognitionResolver,
  WorkingDaysResolver,
  NotificationResolver,
  LiveResolver,
  ScheduledJobsResolver,
  ReportResolver,
  EnterpriseResolver,
  ApplicationEnterpriseFieldsResolver,
  CategoryFieldsResolver,
  CategoryNextStepsResolver,
  ...CATEGORY_PLUGINS.flatMap((plugin) => plugin.resolvers ?? []),
] as const;

/**
 * type-graphql asks for a pub/sub as soon as there is a @Subscription, even when each one brings its own subscribe
 * function (ours do: src/live, fed by PostgreSQL LISTEN/NOTIFY). This one refuses: an in-process pub/sub would reach
 * the subscribers of one process only.
 */
const NO_IN_MEMORY_PUBSUB: PubSub = {
  publish() {
    throw new Error('no in-memory pub/sub: events are announced by PostgreSQL (src/live)');
  },
  subscribe() {
    throw new Error('no in-memory pub/sub: every subscription has its own subscribe function (src/live)');
  },
};

/**
 * Lets graphql-js read plain property fields itself. type-graphql otherwise gives each such field a resolver of its
 * own that allocates a resolver-data object and runs an empty middleware chain before reading the same property:
 * ~4,000 of them for a work-queue page of 100 (issue 14). Only fields without middlewares or roles, whose GraphQL
 * name is their property's name (graphql-js' default resolver reads `source[fieldName]`), are left to graphql-js;
 * the field policies wrap them exactly as before (graphql-middleware wraps the default resolver).
 */
function readPropertyFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles && field.name === field.schemaName) field.simple = true;
  }
}

/** Builds the executable schema from the type-graphql classes (without the policy layer). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  readPropertyFieldsDirectly();
  const built = await buildSchema({ resolvers: RESOLVERS as unknown as [Function, ...Function[]], validate: false, pubSub: NO_IN_MEMORY_PUBSUB });
  // The error codes are no field's type: they are added as a type of their own so clients get them from the schema.
  const config = built.toConfig();
  // type-graphql cannot declare @oneOf: the category fields input is marked on the built type (graphql-js then
  // refuses none or several categories, and prints the directive in the SDL).
  const categoryInput = built.getType(CATEGORY_FIELDS_INPUT);
  if (isInputObjectType(categoryInput)) (categoryInput as { isOneOf: boolean }).isOneOf = true;
  return new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeEnum] });
}

/** The SDL committed as schema/schema.graphql: sorted, so that the diff shows real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
