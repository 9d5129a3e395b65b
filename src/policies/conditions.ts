import { examinerGrantIds, federationRoles } from '../auth/principal';
import { FilePurpose, GrantRole, SocietyStatus } from '../entities/enums';
import { partOfFile } from './file.policy';
import { allowNotificationRead, type NotificationLike } from './notification.policy';
import { mapMaybe, type MaybePromise } from './maybe-promise';
import type { PolicySubject } from './policy-subject';
import { registrationRelations } from './registration.policy';
import { relationsOf, type ApplicationFacts } from './relations';
import { canSee, type DossierPartName } from './visibility-matrix';
import { allowComplaintAction, type ComplaintFacts } from './complaint.policy';
import { allowEnterpriseChannelRead, allowRecommendingUnitFormRead, type EnterpriseChannelFacts } from './pre-application.policy';
import { allowMemberRecordAction, allowSocietyCpdAction, type MemberRecordFacts } from './member-record.policy';

/** Conditions that depend only on the viewer: evaluated once per request. */
export const VIEWER_CONDITIONS = {
  /** Anyone, logged in or not. */
  public: () => true,
  /** Any logged-in account. */
  authenticated: (subject: PolicySubject) => subject.principal !== undefined,
  /** Staff of the (active) society the request is scoped to. */
  societyStaff: (subject: PolicySubject) =>
    subject.scope.society?.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF),
  /** Any federation role. */
  federation: (subject: PolicySubject) => subject.scope.federation,
  /** A federation administrator. */
  federationAdmin: (subject: PolicySubject) => federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN),
  /** Society staff in scope, or any federation role. */
  societyStaffOrFederation: (subject: PolicySubject) => VIEWER_CONDITIONS.societyStaff(subject) || subject.scope.federation,
  /** Society staff in scope, or a federation administrator. */
  societyStaffOrFederationAdmin: (subject: PolicySubject) =>
    VIEWER_CONDITIONS.societyStaff(subject) || VIEWER_CONDITIONS.federationAdmin(subject),
  /** An applicant of the society in scope. */
  applicantInScope: (subject: PolicySubject) =>
    subject.principal !== undefined && subject.scope.society !== undefined && subject.scope.roles.has(GrantRole.APPLICANT),
  /** Holds an examiner grant: only examiners can have assignments (reviewer, judge, panel, review group). */
  examiner: (subject: PolicySubject) => examinerGrantIds(subject.principal).length > 0,
  /** An examiner, or the staff of the (active) society in scope (see RELATION_HOLDERS in mutation-access.ts). */
  examinerOrSocietyStaff: (subject: PolicySubject) => VIEWER_CONDITIONS.examiner(subject) || VIEWER_CONDITIONS.societyStaff(subject),
  /** A member of the federation's evaluation committee, acting for the federation. */
  federationCommittee: (subject: PolicySubject) => subject.scope.federation && federationRoles(subject.principal).has(GrantRole.FEDERATION_COMMITTEE),
  /** Staff of a recommending enterprise (its admin or a recommender): the enterprise scope, across societies. */
  enterpriseMember: (subject: PolicySubject) => (subject.scope.enterpriseIds?.length ?? 0) > 0,
  /** The admin of a recommending enterprise (安排专人): appoints its recommenders. */
  enterpriseAdmin: (subject: PolicySubject) => (subject.scope.enterpriseAdminIds?.length ?? 0) > 0,
  /** Society staff in scope, or the federation's evaluation committee or admins: those who screen and review (seed 002). */
  screener: (subject: PolicySubject) =>
    VIEWER_CONDITIONS.societyStaff(subject) || VIEWER_CONDITIONS.federationCommittee(subject) || VIEWER_CONDITIONS.federationAdmin(subject),
  /** The federation secretariat, acting for the federation. */
  federationSecretariat: (subject: PolicySubject) => subject.scope.federation && federationRoles(subject.principal).has(GrantRole.FEDERATION_SECRETARIAT),
} as const;

/** The objects object conditions look at: just what they need. */
export interface AccountLike { id: string }
export interface GrantLike { accountId: string; societyId?: string | null; role: GrantRole }
export interface InvitationLike { accountId: string; societyId: string | null; enterpriseId: string | null; role?: GrantRole | null }

/**
 * The facts of the application a dossier object belongs to; undefined for an object that carries none, which
 * every dossier condition then denies (a producer that forgets the facts shows nothing, rather than too much).
 */
export function factsOf(object: unknown): ApplicationFacts | undefined {
  if (typeof object !== 'object' || object === null) return undefined;
  if ('applicationFacts' in object) return (object as { applicationFacts?: ApplicationFacts }).applicationFacts;
  const facts = object as Partial<ApplicationFacts>;
  return typeof facts.id === 'string' && typeof facts.societyId === 'string' && typeof facts.applicantId === 'string' && facts.stage !== undefined
    ? (facts as ApplicationFacts)
    : undefined;
}

/** Whether the subject sees `part` of the application the object belongs to. */
function seesPartOf(subject: PolicySubject, object: unknown, part: DossierPartName): MaybePromise<boolean> {
  const facts = factsOf(object);
  if (!facts) return false;
  return mapMaybe(relationsOf(subject, facts), (relations) => canSee(relations, part, facts.stage));
}

function seesPart(part: DossierPartName) {
  return (subject: PolicySubject, object: unknown): MaybePromise<boolean> => seesPartOf(subject, object, part);
}

/** An object of a registration carries the facts its policy needs. */
export interface RegistrationObject {
  registrationFacts?: { societyId: string; memberId: string };
}

/** A file's metadata as the policies see it: its purpose decides its part of the dossier. */
export interface FileObject {
  applicationFacts?: ApplicationFacts;
  purpose?: FilePurpose | null;
}

/** DOMAIN.md §7: one object condition per dossier part of the visibility matrix, named once here. */
const PART_CONDITIONS = {
  seesProcedure: 'procedure',
  seesIdentity: 'identity',
  seesIdDocuments: 'idDocuments',
  seesContact: 'contact',
  seesDossierContent: 'dossierContent',
  seesReferees: 'referees',
  seesMaterialReviews: 'materialReviews',
  seesAssessors: 'assessors',
  seesInterviewRecord: 'interviewRecord',
  seesInterviewOutcome: 'interviewOutcome',
  seesReviewConclusion: 'reviewConclusion',
  seesWrittenExam: 'writtenExam',
  seesQuestionnaire: 'questionnaire',
  seesVerification: 'verification',
  seesScoreSheets: 'scoreSheets',
  seesScoredResult: 'scoredResult',
} as const satisfies Record<string, DossierPartName>;

type PartCondition = keyof typeof PART_CONDITIONS;
type SeesPart = (subject: PolicySubject, object: unknown) => MaybePromise<boolean>;

/** Conditions that depend on the object: evaluated per object id. */
export const OBJECT_CONDITIONS = {
  ...(Object.fromEntries(Object.entries(PART_CONDITIONS).map(([name, part]) => [name, seesPart(part)])) as Record<PartCondition, SeesPart>),
  /** A file of the dossier: identity documents or dossier content, by its purpose. */
  seesFile: (subject: PolicySubject, file: FileObject): MaybePromise<boolean> => seesPartOf(subject, file, partOfFile(file.purpose)),
  /** A registration's own objects (re-registration, certificates): its member, its society's staff, the federation. */
  registrationViewer: (subject: PolicySubject, object: RegistrationObject) =>
    object.registrationFacts !== undefined && registrationRelations(subject, object.registrationFacts).size > 0,
  /** The viewer's own account. */
  ownAccount: (subject: PolicySubject, account: AccountLike) =>
    subject.principal?.accountId === account.id || subject.authenticatedAccountId === account.id,
  /** A grant the viewer holds, or one in the society the viewer staffs, or any for the federation. */
  grantViewer: (subject: PolicySubject, grant: GrantLike) =>
    subject.principal?.accountId === grant.accountId ||
    subject.scope.federation ||
    (grant.societyId !== undefined && grant.societyId === subject.scope.society?.id && VIEWER_CONDITIONS.societyStaff(subject)),
  /**
   * An invitation: the invitee, the federation, and whoever may offer its role: the inviting society's staff; for an
   * enterprise's, its admins, and society staff for the admin role they appoint (appointEnterpriseAdmin).
   */
  invitationViewer: (subject: PolicySubject, invitation: InvitationLike) =>
    subject.principal?.accountId === invitation.accountId ||
    subject.scope.federation ||
    (invitation.societyId !== null && invitation.societyId === subject.scope.society?.id && VIEWER_CONDITIONS.societyStaff(subject)) ||
    (invitation.enterpriseId !== null && (
      (subject.scope.enterpriseAdminIds ?? []).includes(invitation.enterpriseId) ||
      (invitation.role === GrantRole.ENTERPRISE_ADMIN && VIEWER_CONDITIONS.societyStaff(subject)))),
  /** A member's after-registration record (CPD, audit, referral): the member, their society's staff, the federation. */
  memberRecordViewer: (subject: PolicySubject, record: MemberRecordFacts) => allowMemberRecordAction(subject, 'readMemberRecord', record),
  /** A society's CPD audit draw: its staff and the federation. */
  societyCpdViewer: (subject: PolicySubject, draw: { societyId: string }) => allowSocietyCpdAction(subject, 'readSocietyCpd', draw.societyId),
  /** A complaint (and its steps' dates): its handlers and its complainant, never the member it concerns. */
  complaintViewer: (subject: PolicySubject, complaint: { complaintFacts: ComplaintFacts }) => allowComplaintAction(subject, 'read', complaint.complaintFacts),
  /** Who complained: the handlers (and the complainant themselves). */
  complainantViewer: (subject: PolicySubject, complaint: { complaintFacts: ComplaintFacts }) => allowComplaintAction(subject, 'readComplainant', complaint.complaintFacts),
  /** The notes and evidence of the handling: the handlers. */
  complaintHandlingViewer: (subject: PolicySubject, complaint: { complaintFacts: ComplaintFacts }) => allowComplaintAction(subject, 'readHandling', complaint.complaintFacts),
  /** The outcome: the handlers, and the complainant once given feedback. */
  complaintOutcomeViewer: (subject: PolicySubject, complaint: { complaintFacts: ComplaintFacts }) => allowComplaintAction(subject, 'readOutcome', complaint.complaintFacts),
  /** A pre-application or a recommendation right: its applicant, its enterprise, its society's staff, the federation. */
  enterpriseChannelViewer: (subject: PolicySubject, object: { channelFacts?: EnterpriseChannelFacts }) =>
    object.channelFacts !== undefined && allowEnterpriseChannelRead(subject, object.channelFacts),
  /** A recommending-unit form: its enterprise, the federation, the staff of a society it was sent to or holds rights with. */
  recommendingUnitFormViewer: (subject: PolicySubject, object: { channelFacts?: EnterpriseChannelFacts }) =>
    object.channelFacts !== undefined && allowRecommendingUnitFormRead(subject, object.channelFacts),
  /** A notification: its recipient only. */
  notificationRecipient: (subject: PolicySubject, notification: NotificationLike) => allowNotificationRead(subject, notification),
};

/**
 * The dossier part each matrix condition shows (per object for files): reads through them are written to the
 * access log, and their decision is the same for every object of one application.
 */
export const PART_OF_CONDITION: Partial<Record<keyof typeof OBJECT_CONDITIONS, DossierPartName | ((object: never) => DossierPartName)>> = {
  ...PART_CONDITIONS,
  seesFile: (file: FileObject) => partOfFile(file.purpose),
};

/** A viewer condition's name. */
export type ViewerCondition = keyof typeof VIEWER_CONDITIONS;
/** An object condition's name. */
export type ObjectCondition = keyof typeof OBJECT_CONDITIONS;
/** Any condition the access table may name. */
export type ConditionName = ViewerCondition | ObjectCondition;
