import type { ConditionName } from './conditions';
import { SUBSCRIPTION_ACCESS } from './live.policy';
import { MUTATION_ACCESS, QUERY_ACCESS, type FieldAccess } from './mutation-access';

/** For one GraphQL type: one condition for every field, or a condition per field. */
export type TypeAccess = ConditionName | Record<string, FieldAccess>;

/**
 * Who may read which field or call which operation: the single declarative source the
 * graphql-shield rule tree is generated from. A type or field missing here is denied (fallback rule).
 */
export const ACCESS_TABLE: Record<string, TypeAccess> = {
  Query: {
    // Relay object identification: open to all, because each type's read applies its own root query's rule here
    // first (src/policies/node.policy.ts) and then that query's read path; the object's fields keep their rules.
    node: 'public',
    nodes: 'public',
    societies: 'public',
    society: 'public',
    engineeringFields: 'public',
    engineeringField: 'public',
    grades: 'public',
    competencyAreas: 'public',
    competencyItems: 'public',
    me: 'public',
    currentScope: 'public',
    examiners: 'societyStaffOrFederation',
    // The signed-in person's own invitations, from any scope.
    myInvitations: 'authenticated',
    // The signed-in person's own in-app notifications (the query reads only the viewer's; RLS holds it too).
    notifications: 'authenticated',
    unreadNotificationCount: 'authenticated',
    examiner: 'societyStaffOrFederation',
    // Resolvers answer NOT_FOUND for applications the viewer has no relation to.
    application: 'authenticated',
    myApplications: 'authenticated',
    // Staff of the society and the federation (the application policy's readAccessLog).
    dossierAccessLog: 'authenticated',
    applications: 'societyStaffOrFederation',
    pinyinOf: 'public',
    assignedApplications: 'authenticated',
    publicNotices: 'public',
    noticeObjections: 'societyStaff',
    federationReviewQueue: 'federation',
    // The signed-in person's own registrations only (the resolver reads by the principal).
    myRegistrations: 'authenticated',
    reregistrationRequests: 'societyStaffOrFederation',
    // The public register: by design anyone may look a member up.
    registeredMember: 'public',
    searchRegister: 'public',
    workingDayOverrides: 'public',
    // The file policy decides inside (the uploader, or the matrix's reader of the dossier part): NOT_FOUND otherwise.
    fileDownloadUrl: 'authenticated',
    workingDaysAfter: 'public',
    workingDayCalendarStatus: 'public',
    // Only published standards, of the society in scope: the pass conditions applicants are judged by are public.
    writtenExamStandards: 'public',
    // The published score sheets of a category (seed 003 Appendices B and C are part of the published standard).
    scoreSheetDefinitions: 'public',
    scoringSettings: 'societyStaffOrFederation',
    // The queries a scope table names (writtenExamStandardsByField).
    ...QUERY_ACCESS,
    // CPD: the member-record policy decides inside the resolvers (the member, the society's staff, the federation).
    cpdRecord: 'authenticated',
    // What members of the society in scope owe: anyone signed in there.
    cpdRequirements: 'authenticated',
    cpdCompliance: 'authenticated',
    cpdFigures: 'societyStaffOrFederation',
    cpdAuditDraw: 'societyStaffOrFederation',
    // Complaints: the complaint policy decides inside the resolvers (handlers and complainant; NOT_FOUND otherwise).
    complaintQueue: 'authenticated',
    myComplaints: 'authenticated',
    complaint: 'authenticated',
    complaintTargets: 'authenticated',
    // Mutual recognition (seed 002): the partner list is reference data; the candidates are the federation's list.
    partnerBodies: 'public',
    recognitionCandidates: 'federation',
    recognitionReferrals: 'authenticated',
  },
  // Generated from the action tables (application.actions.ts and the scope tables of platform.policy.ts): a
  // mutation is open to whoever could hold a relation or role of one of its rows; the command decides on the object.
  Mutation: MUTATION_ACCESS,
  // From the subscription table (live.policy.ts): checked again before every event, the object deciding what it shows.
  Subscription: SUBSCRIPTION_ACCESS,
  // A step as it happens: the procedure part, like the history entry it is.
  ApplicationProgress: 'seesProcedure',

  // Reference data is public by nature.
  Society: 'public',
  // Published contact people (seed 000 "联系方式"): public like the society they belong to.
  ContactPerson: 'public',
  FileDownloadAddress: 'authenticated',
  EngineeringField: 'public',
  Specialty: 'public',
  Grade: 'public',
  GradeBasicConditions: 'public',
  EducationYearsRequirement: 'public',
  GradeRoute: 'public',
  GradeRouteAssessment: 'public',
  CompetencyArea: 'public',
  CompetencyItem: 'public',
  PageInfo: 'public',
  CurrentScope: 'public',
  LoginPayload: 'public',
  Account: 'ownAccount',
  Grant: 'grantViewer',
  // An examiner's grade, field, specialties and employer: whoever may read the grant.
  ExaminerProfile: 'grantViewer',
  Invitation: 'invitationViewer',
  Notification: 'notificationRecipient',
  // After registration: a member's record is theirs, their society staff's and the federation's.
  CpdActivity: 'memberRecordViewer',
  CpdEvidenceFile: 'memberRecordViewer',
  CpdSummary: 'memberRecordViewer',
  CpdAudit: 'memberRecordViewer',
  CpdYearCompliance: 'memberRecordViewer',
  CpdYearRecord: 'memberRecordViewer',
  CpdAuditDraw: 'societyCpdViewer',
  CpdRequirements: 'authenticated',
  // A complaint: its handlers and complainant; who complained, the handling's notes and the outcome each have their rule.
  Complaint: {
    // The global id wraps the id: exactly as visible.
    id: 'complaintViewer', nodeId: 'complaintViewer', kind: 'complaintViewer', handler: 'complaintViewer', status: 'complaintViewer', round: 'complaintViewer',
    societyCode: 'complaintViewer', applicationId: 'complaintViewer', decisionEventId: 'complaintViewer', concernsRegistrationNumber: 'complaintViewer',
    subject: 'complaintViewer', content: 'complaintViewer', receivedOn: 'complaintViewer', targetWorkingDays: 'complaintViewer', dueOn: 'complaintViewer',
    workingDaysTaken: 'complaintViewer', overdue: 'complaintViewer', steps: 'complaintViewer',
    complainant: 'complainantViewer', viewerCan: 'complaintViewer',
    outcome: 'complaintOutcomeViewer', feedback: 'complaintViewer', feedbackOn: 'complaintViewer',
  },
  Complainant: 'complainantViewer',
  ComplaintStep: {
    id: 'complaintViewer', round: 'complaintViewer', handler: 'complaintViewer', action: 'complaintViewer', at: 'complaintViewer',
    note: 'complaintHandlingViewer', evidence: 'complaintHandlingViewer', actorName: 'complaintHandlingViewer',
  },
  ComplaintTarget: 'authenticated',
  PartnerBody: 'public',
  RecognitionReferral: 'memberRecordViewer',
  RecognitionCandidate: 'federation',
  SocietyCpdFigures: 'societyCpdViewer',
  NotificationEdge: 'authenticated',
  NotificationConnection: 'authenticated',
  Enterprise: 'authenticated',
  // The enterprise channel (src/policies/enterprise.actions.ts, pre-application.policy.ts).
  EnterpriseOverview: 'enterpriseMember',
  RecommendingUnitForm: 'recommendingUnitFormViewer',
  OverseasProject: 'authenticated',
  PlannedProject: 'authenticated',
  RecommendationRight: 'enterpriseChannelViewer',
  RecommendationCode: 'enterpriseMember',
  RecommendationCodeEdge: 'enterpriseMember',
  RecommendationCodeConnection: 'enterpriseMember',
  AssignRecommendationCodesPayload: 'enterpriseMember',
  ApplicationRound: 'public',
  PreApplication: 'enterpriseChannelViewer',
  PreApplicationEdge: 'authenticated',
  PreApplicationConnection: 'authenticated',
  // What the enterprise entered itself and the screening's outcome; the application's fields follow the matrix.
  Recommendee: 'enterpriseMember',
  RecommendeeEdge: 'enterpriseMember',
  RecommendeeConnection: 'enterpriseMember',
  EnterpriseChannelSettings: 'public',
  EnterpriseChannelProgress: 'authenticated',
  Examiner: 'societyStaffOrFederation',
  ExaminerEdge: 'societyStaffOrFederation',
  ExaminerConnection: 'societyStaffOrFederation',
  // DOMAIN.md §7 field by field: each field names the dossier part of the visibility matrix it shows.
  Application: {
    id: 'seesProcedure',
    // The global id wraps the id: exactly as visible.
    nodeId: 'seesProcedure',
    channel: 'seesProcedure',
    stage: 'seesProcedure',
    version: 'seesProcedure',
    submittedAt: 'seesProcedure',
    acceptedAt: 'seesProcedure',
    // The consent is part of what was submitted: dossier content (the applicant, staff, assessors), not the procedure.
    verificationConsentAt: 'seesDossierContent',
    stageDeadline: 'seesProcedure',
    enterpriseChannelProgress: 'seesProcedure',
    stageDeadlineCalendarConfirmed: 'seesProcedure',
    evaluationDeadline: 'seesProcedure',
    // What the society asks of the dossier (returns, the consolidated supplement request): like the history
    // entries that record it, dossier content, not the procedure the enterprise and federation admins follow.
    returnRequest: 'seesDossierContent',
    createdAt: 'seesProcedure',
    updatedAt: 'seesProcedure',
    history: 'seesProcedure',
    viewerCan: 'seesProcedure',
    society: 'seesProcedure',
    // Society membership is personal administrative data, like the contact details.
    societyMember: 'seesContact',
    field: 'seesIdentity',
    specialty: 'seesIdentity',
    grade: 'seesIdentity',
    basicInformation: 'seesIdentity',
    education: 'seesDossierContent',
    workHistory: 'seesDossierContent',
    selfStatement: 'seesDossierContent',
    competencyClaims: 'seesDossierContent',
    achievements: 'seesDossierContent',
    internationalTitle: 'seesDossierContent',
    files: 'seesDossierContent',
    supplements: 'seesDossierContent',
    categoryFields: 'seesDossierContent',
    // What the category offers after registration: part of the procedure's course.
    nextSteps: 'seesProcedure',
    validation: 'seesDossierContent',
    eligibility: 'seesDossierContent',
    materialReviews: 'seesMaterialReviews',
    assignments: 'seesAssessors',
    interview: 'seesInterviewRecord',
    interviewOutcome: 'seesInterviewOutcome',
    comprehensiveReview: 'seesReviewConclusion',
    comprehensiveReviews: 'seesReviewConclusion',
    writtenExam: 'seesWrittenExam',
    interviewQuestionnaire: 'seesQuestionnaire',
    verificationRequests: 'seesVerification',
    scoreSheets: 'seesScoreSheets',
    scoredResult: 'seesScoredResult',
  },
  ApplicationEdge: 'societyStaffOrFederation',
  ApplicationConnection: 'societyStaffOrFederation',
  // 基本信息: identity, ID documents, contact and content, field by field.
  BasicInformation: {
    name: 'seesIdentity',
    namePinyin: 'seesIdentity',
    employer: 'seesIdentity',
    employerEn: 'seesIdentity',
    idNumber: 'seesIdDocuments',
    birthDate: 'seesIdDocuments',
    mailingAddress: 'seesContact',
    mobile: 'seesContact',
    email: 'seesContact',
    membershipNumber: 'seesContact',
    accreditedProgramme: 'seesDossierContent',
    wantsMutualRecognition: 'seesDossierContent',
  },
  // Every other object of a dossier carries its application's facts and is decided by its own part of the
  // matrix, wherever it is reached (a field of Application, or a command's result).
  EducationEntry: 'seesDossierContent',
  WorkHistoryEntry: {
    id: 'seesDossierContent',
    fromDate: 'seesDossierContent',
    toDate: 'seesDossierContent',
    employer: 'seesDossierContent',
    department: 'seesDossierContent',
    position: 'seesDossierContent',
    majorEngineeringWork: 'seesDossierContent',
    majorWorkKind: 'seesDossierContent',
    refereeName: 'seesReferees',
    refereeContact: 'seesReferees',
  },
  SelfStatement: 'seesDossierContent',
  CompetencyClaim: 'seesDossierContent',
  Achievement: 'seesDossierContent',
  InternationalTitle: 'seesDossierContent',
  DossierFile: 'seesFile',
  Supplement: 'seesDossierContent',
  ApplicationEvent: 'seesProcedure',
  NextStep: 'seesProcedure',
  DossierIssue: 'seesDossierContent',
  DossierValidation: 'seesDossierContent',
  Eligibility: 'seesDossierContent',
  EligibilityCondition: 'seesDossierContent',
  // Category plug-ins bring the rows of their own field types (CategoryFieldSet.visibility, merged in src/graphql/access-rows.ts).
  MaterialReview: 'seesMaterialReviews',
  Assignment: 'seesAssessors',
  InterviewRecord: 'seesInterviewRecord',
  InterviewQuestion: 'seesInterviewRecord',
  InterviewOutcome: 'seesInterviewOutcome',
  ComprehensiveReviewDecision: 'seesReviewConclusion',
  WrittenExamResult: 'seesWrittenExam',
  WrittenExamSitting: 'seesWrittenExam',
  PaperScore: 'seesWrittenExam',
  InterviewQuestionnaire: 'seesQuestionnaire',
  VerificationRequest: 'seesVerification',
  WorkingDayOverride: 'public',
  WorkingDayDeadline: 'public',
  WorkingDayCalendarStatus: 'public',
  HolidayArrangementResult: 'federationAdmin',
  // The access log: society staff and the federation (dossierAccessLog also checks the application).
  DossierAccessEntry: 'societyStaffOrFederation',
  DossierAccessEdge: 'societyStaffOrFederation',
  DossierAccessConnection: 'societyStaffOrFederation',
  // The public notice is built by its resolver from what the matrix lets the public see.
  // Whoever gets a standard may read it all: the root fields decide which (the public only published ones).
  WrittenExamStandard: 'public',
  // Score sheets (issue 10): the definitions are public; an examiner's sheet and its parts are the matrix's
  // scoreSheets; the weighted result its scoredResult; the society's weights its staff's and the federation's.
  ScoreSheet: 'public',
  ScoreSection: 'public',
  ScoreGroup: 'public',
  ScoreItem: 'public',
  ScoreOption: 'public',
  ScoreBand: 'public',
  ExaminerScoreSheet: 'seesScoreSheets',
  ScoreEntry: 'seesScoreSheets',
  ItemScore: 'seesScoreSheets',
  ScoredResult: 'seesScoredResult',
  ScoringSetting: 'societyStaffOrFederation',
  WrittenExamReference: 'public',
  WrittenExamStandardComparison: 'federation',
  // Report rows are aggregates over the viewer's reach, already decided by the report policy: a row exists only as
  // the answer of a report root field (societyStaffOrFederation, then report.policy.ts), so whoever gets a row may
  // read it all, like a written-exam standard. Public fields lose shield's per-field promise wrapper: a report of
  // 1,400 examiners is 14,000 fields (issue 12's 200 ms target).
  FunnelRow: 'public',
  CycleTimeRow: 'public',
  ExaminerWorkloadRow: 'public',
  RegistrationReportRow: 'public',
  CpdComplianceReportRow: 'public',
  ComplaintReportRow: 'public',
  ApplicationRoundReportRow: 'public',
  // The federation's report of status changes (registrationStatusChanges): federation roles only.
  RegistrationStatusChange: 'federation',
  RegistrationStatusChangeEdge: 'federation',
  RegistrationStatusChangeConnection: 'federation',
  PublicNotice: 'public',
  NoticeEntry: 'public',
  // Objections, with the objector's contact: society staff only.
  Objection: 'societyStaff',
  // Built from the register's public columns only.
  RegisteredMember: 'public',
  // A registration's own objects: its member, its society's staff and the federation (registration policy).
  MemberRegistration: 'registrationViewer',
  CertificateIssue: 'registrationViewer',
  ReregistrationRequest: 'registrationViewer',
  ReregistrationConditionCheck: 'registrationViewer',
  FederationReviewItem: 'federation',
  ScheduledJob: 'federationAdmin',
};
