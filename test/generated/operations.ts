/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AchievementCategory =
  | 'AWARD'
  | 'PAPER_OR_BOOK'
  | 'PATENT'
  | 'STANDARD'
  | 'TECHNICAL_REPORT';

export type AchievementInput = {
  category: AchievementCategory;
  date: string;
  description?: string | null | undefined;
  role: string;
  title: string;
};

export type AddSupplementInput = {
  applicationId: string;
  /** The part it concerns, e.g. workHistory or A3 */
  concerns: string;
  content: string;
  fileId?: string | null | undefined;
};

export type AdjustedWorkingDayInput = {
  /** A Saturday or Sunday, YYYY-MM-DD */
  date: string;
  /** Which holiday it makes up for */
  name?: string | null | undefined;
};

/** What one can do with an application (viewerCan) */
export type ApplicationAction =
  | 'acceptApplication'
  | 'addSupplement'
  | 'answerInterviewQuestionnaire'
  | 'assignMaterialReviewers'
  | 'assignPaperJudges'
  | 'attachFile'
  | 'cancelInterview'
  | 'closeNotice'
  | 'concludeComprehensiveReview'
  | 'decideAtFederation'
  | 'declareConflictOfInterest'
  | 'detachFile'
  | 'formReviewGroup'
  | 'lapseApplication'
  | 'markSocietyMembership'
  | 'passBasicConditions'
  | 'passFormCheck'
  | 'proceedFromExamToComprehensiveReview'
  | 'proceedFromExamToInterview'
  | 'proceedToComprehensiveReview'
  | 'proceedToInterview'
  | 'proceedToWrittenExam'
  | 'publishNotice'
  | 'read'
  | 'readAccessLog'
  | 'readHistory'
  | 'recordConflictOfInterest'
  | 'recordInterview'
  | 'recordWrittenExamSitting'
  | 'registerMember'
  | 'rejectApplication'
  | 'requestSupplement'
  | 'requestVerification'
  | 'resolveObjection'
  | 'resubmitClarifiedApplication'
  | 'resubmitCompletedApplication'
  | 'returnForClarification'
  | 'returnForCompletion'
  | 'saveAchievements'
  | 'saveBasicInformation'
  | 'saveCareerPlan'
  | 'saveCategoryFields'
  | 'saveCompetencyClaims'
  | 'saveEducation'
  | 'saveInternationalTitle'
  | 'saveSelfStatement'
  | 'saveWorkHistory'
  | 'scheduleInterview'
  | 'scorePaper'
  | 'submitApplication'
  | 'submitMaterialReview'
  | 'submitScoreSheet'
  | 'submitSupplements'
  | 'takeSimplifiedPath'
  | 'withdrawApplication';

/** INDIVIDUAL (via a society) or ENTERPRISE (with a recommendation code) */
export type ApplicationChannel =
  | 'ENTERPRISE'
  | 'INDIVIDUAL';

export type ApplicationFilter = {
  fieldCode?: string | null | undefined;
  gradeCode?: string | null | undefined;
  /** Past its stage or evaluation deadline */
  overdue?: boolean | null | undefined;
  specialtyCode?: string | null | undefined;
  stages?: Array<ApplicationStage> | null | undefined;
};

/** SUBMITTED_AT: oldest submission first; DUE_DATE: nearest deadline first */
export type ApplicationOrder =
  | 'DUE_DATE'
  | 'SUBMITTED_AT';

/** Every stage of the evaluation procedure */
export type ApplicationStage =
  | 'ACCEPTED'
  | 'AWAITING_REGISTRATION'
  | 'BASIC_CONDITIONS_MET'
  | 'COMPREHENSIVE_REVIEW'
  | 'DRAFT'
  | 'FEDERATION_REVIEW'
  | 'FORM_CHECKED'
  | 'INTERVIEW'
  | 'LAPSED'
  | 'MATERIAL_REVIEW'
  | 'NOT_ACCEPTED'
  | 'NOT_REGISTERED'
  | 'PUBLIC_NOTICE'
  | 'REGISTERED'
  | 'RETURNED_FOR_CLARIFICATION'
  | 'RETURNED_FOR_COMPLETION'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'WITHDRAWN'
  | 'WRITTEN_EXAM';

/** MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW (seed 000 "考核") */
export type AssessmentMethod =
  | 'INTERVIEW'
  | 'MATERIAL_REVIEW'
  | 'WRITTEN_EXAM';

export type AssignMaterialReviewersInput = {
  applicationId: string;
  /** Examiner ids (see examiners) */
  examinerIds: Array<string>;
  expectedVersion: number;
};

export type AssignRecommendationCodesInput = {
  engineers: Array<RecommendedEngineerInput>;
  /** The society whose recommendation right the codes use */
  societyCode: string;
};

export type AssignmentKind =
  | 'INTERVIEW'
  | 'MATERIAL_REVIEW'
  | 'PAPER_JUDGE'
  | 'REVIEW_GROUP';

export type AttachFileInput = {
  applicationId: string;
  caption?: string | null | undefined;
  /** DEGREE_EVIDENCE only: which verification the file is; leave out for the degree certificate itself */
  degreeEvidenceKind?: DegreeEvidenceKind | null | undefined;
  expectedVersion: number;
  /** The id returned by POST /files */
  fileId: string;
  purpose: FilePurpose;
};

export type AuthorizeSocietyInput = {
  /** Short code, e.g. CSEE: 2–20 capital letters, digits or _ */
  code: string;
  /** Codes of the engineering fields it evaluates */
  fieldCodes: Array<string>;
  /** English name */
  nameEn: string;
  /** Chinese name */
  nameZh: string;
};

export type AutomotiveCategoryFieldsInput = {
  exceptionalClaims?: Array<AutomotiveExceptionalClaimInput> | null | undefined;
  internBasis?: AutomotiveInternBasis | null | undefined;
  learningActivities?: Array<AutomotiveLearningActivityInput> | null | undefined;
  projects?: Array<AutomotiveProjectInput> | null | undefined;
  researchOutputs?: Array<AutomotiveResearchOutputInput> | null | undefined;
  skillCertificates?: Array<AutomotiveSkillCertificateInput> | null | undefined;
  skillPostPeriods?: Array<AutomotiveSkillPostPeriodInput> | null | undefined;
  studentInYear3OrAbove?: boolean | null | undefined;
  studySummary?: string | null | undefined;
  technicalWorkSummary?: string | null | undefined;
};

export type AutomotiveExceptionalClaimInput = {
  ground: AutomotiveExceptionalGround;
  rank?: number | null | undefined;
  title: string;
};

/** Awards and titles of the exceptional routes (seed 003 §5.3, §7.3) */
export type AutomotiveExceptionalGround =
  | 'HIGH_SKILL_HONOUR'
  | 'INTERNATIONAL_DESIGN_AWARD'
  | 'MUNICIPAL_STI_AWARD'
  | 'NATIONAL_STI_AWARD'
  | 'NATIONAL_TALENT_PROGRAMME'
  | 'PROVINCIAL_STI_AWARD';

/** How an intern meets §5.5.1 (a, b or c) */
export type AutomotiveInternBasis =
  | 'ACCREDITED_PROGRAMME'
  | 'COMPETITION_PRIZE'
  | 'OTHER_COMPETENCE';

export type AutomotiveLearningActivityInput = {
  date: string;
  kind: AutomotiveLearningKind;
  minutes: number;
  title: string;
};

/** Training attended or teaching given (seed 003 §5.4) */
export type AutomotiveLearningKind =
  | 'TEACHING'
  | 'TRAINING';

export type AutomotiveProjectInput = {
  completedOn: string;
  level: AutomotiveProjectLevel;
  role: AutomotiveProjectRole;
  title: string;
};

/** NATIONAL, PROVINCIAL (省部级), ENTERPRISE (市级、企业级或院校级) */
export type AutomotiveProjectLevel =
  | 'ENTERPRISE'
  | 'NATIONAL'
  | 'PROVINCIAL';

/** LEAD, SUB_LEAD, MAIN_PARTICIPANT, PARTICIPANT (seed 003 §5.5.2) */
export type AutomotiveProjectRole =
  | 'LEAD'
  | 'MAIN_PARTICIPANT'
  | 'PARTICIPANT'
  | 'SUB_LEAD';

export type AutomotiveResearchOutputInput = {
  date: string;
  kind: AutomotiveResearchOutputKind;
  title: string;
};

/** Research outputs of seed 003 §5.6 a–g */
export type AutomotiveResearchOutputKind =
  | 'BOOK'
  | 'KEYNOTE_REPORT'
  | 'PAPER'
  | 'PATENT'
  | 'PROJECT_AWARD'
  | 'STANDARD'
  | 'TECHNICAL_DOCUMENT';

export type AutomotiveSkillCertificateInput = {
  level: AutomotiveSkillLevel;
  obtainedOn: string;
};

/** 高级工 SENIOR_WORKER, 技师 TECHNICIAN, 高级技师 SENIOR_TECHNICIAN (seed 003 §7.2) */
export type AutomotiveSkillLevel =
  | 'SENIOR_TECHNICIAN'
  | 'SENIOR_WORKER'
  | 'TECHNICIAN';

export type AutomotiveSkillPostPeriodInput = {
  fromDate: string;
  toDate?: string | null | undefined;
};

export type BarApplicantInput = {
  applicationId: string;
  reason: string;
  /** FALSE_EVIDENCE, BREACH_OF_LAW, BREACH_OF_CODE_OF_CONDUCT or BREACH_OF_ETHICS */
  reasonKind: RegistrationReasonKind;
};

export type BasicInformationInput = {
  accreditedProgramme?: boolean | null | undefined;
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  email?: string | null | undefined;
  employer?: string | null | undefined;
  employerEn?: string | null | undefined;
  idNumber?: string | null | undefined;
  mailingAddress?: string | null | undefined;
  membershipNumber?: string | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  /** Filled from the name when omitted */
  namePinyin?: string | null | undefined;
  wantsMutualRecognition?: boolean | null | undefined;
};

export type CareerPlanInput = {
  /** Long term: 7–10 years */
  careerPlanLongTerm?: string | null | undefined;
  /** Mid term: 3–7 years */
  careerPlanMidTerm?: string | null | undefined;
  /** Short term: 1–3 years */
  careerPlanShortTerm?: string | null | undefined;
};

/** Exactly one category's dossier fields, under the category's code (@oneOf) */
export type CategoryFieldsInput =
  {   /** The automotive category's fields */
  automotive: AutomotiveCategoryFieldsInput; general?: never; }
  |  { automotive?: never;   /** The general category's fields */
  general: GeneralCategoryFieldsInput; };

export type CheckReregistrationConditionsInput = {
  conditions: Array<ConditionCheckInput>;
  requestId: string;
};

export type CompetencyClaimInput = {
  itemCodes: Array<string>;
  passage: string;
};

/** 获授权学会 SOCIETY / 联合体标准与质量监督委员会 QUALITY_SUPERVISION / 联合体秘书处 SECRETARIAT (escalation) */
export type ComplaintHandler =
  | 'QUALITY_SUPERVISION'
  | 'SECRETARIAT'
  | 'SOCIETY';

/** 评价结果 RESULT (to the society) / 违反程序 PROCEDURE_BREACH / 管理不当 MISMANAGEMENT / 意见建议 OPINION (to the federation) */
export type ComplaintKind =
  | 'MISMANAGEMENT'
  | 'OPINION'
  | 'PROCEDURE_BREACH'
  | 'RESULT';

export type ComplaintOutcome =
  | 'DISMISSED'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

export type ComplaintStatus =
  | 'ASSIGNED'
  | 'DECIDED'
  | 'FEEDBACK_GIVEN'
  | 'INVESTIGATING'
  | 'RECEIVED';

export type ComplaintStepAction =
  | 'ASSIGN'
  | 'DECIDE'
  | 'ESCALATE'
  | 'FEEDBACK'
  | 'INVESTIGATE'
  | 'RECEIVE';

export type ComprehensiveReviewConclusion =
  | 'NOT_REGISTER'
  | 'REASSESS'
  | 'REGISTER';

export type ConcludeComprehensiveReviewInput = {
  applicationId: string;
  conclusion: ComprehensiveReviewConclusion;
  expectedVersion: number;
  /** Required unless REGISTER */
  reasons?: string | null | undefined;
  /** REASSESS: MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW */
  reassessStage?: ApplicationStage | null | undefined;
};

export type ConditionCheckInput = {
  condition: ReregistrationCondition;
  met: boolean;
  note?: string | null | undefined;
};

export type ContactPersonInput = {
  email?: string | null | undefined;
  /** 1–50 characters */
  name: string;
  /** The body they answer for, in Chinese (federation contacts) */
  organisation?: string | null | undefined;
  organisationEn?: string | null | undefined;
  /** Digits with + - ( ) and spaces, e.g. 010-58933071 */
  phone?: string | null | undefined;
  /** At most 200 characters */
  role?: string | null | undefined;
};

export type CpdActivityInput = {
  /** China date, YYYY-MM-DD; within the registration, not after today */
  endedOn: string;
  /** 学时, whole hours */
  hours: number;
  kind: CpdActivityKind;
  provider?: string | null | undefined;
  registrationId: string;
  /** China date, YYYY-MM-DD */
  startedOn: string;
  title: string;
};

/** 在线学习 ONLINE_LEARNING / 培训进修 TRAINING / 学术会议 CONFERENCE / 授课讲座 TEACHING / 论文著作标准 PUBLICATION / 自学 SELF_STUDY / 其他 OTHER */
export type CpdActivityKind =
  | 'CONFERENCE'
  | 'ONLINE_LEARNING'
  | 'OTHER'
  | 'PUBLICATION'
  | 'SELF_STUDY'
  | 'TEACHING'
  | 'TRAINING';

/** A drawn member: asked for evidence, answered, accepted or rejected */
export type CpdAuditStatus =
  | 'ACCEPTED'
  | 'EVIDENCE_REQUESTED'
  | 'EVIDENCE_SUBMITTED'
  | 'REJECTED';

export type DecideReregistrationInput = {
  grant: boolean;
  /** Required when refused: the member is told why */
  reasons?: string | null | undefined;
  requestId: string;
};

/** CHSI_RECORD: 学信网学历/学位查询结果截图; OVERSEAS_DEGREE_CERTIFICATION: 教育部留学服务中心国(境)外学历学位认证书 */
export type DegreeEvidenceKind =
  | 'CHSI_RECORD'
  | 'OVERSEAS_DEGREE_CERTIFICATION';

export type DetachFileInput = {
  applicationId: string;
  expectedVersion: number;
  fileId: string;
};

export type EducationInput = {
  /** 学历/学位, or 无 */
  degree?: string | null | undefined;
  /** YYYY-MM-DD */
  fromDate: string;
  level: EducationLevel;
  major?: string | null | undefined;
  /** The degree from which work is counted */
  qualifying?: boolean | null | undefined;
  school: string;
  /** YYYY-MM-DD */
  toDate: string;
};

export type EducationLevel =
  | 'BACHELOR'
  | 'COLLEGE'
  | 'DOCTOR'
  | 'MASTER'
  | 'OTHER'
  | 'SENIOR_HIGH'
  | 'VOCATIONAL';

export type EnterpriseAppointmentInput = {
  displayName: string;
  email: string;
  /** appointEnterpriseAdmin: the enterprise; appointEnterpriseRecommender: ignored (the admin's own) */
  enterpriseId?: string | null | undefined;
  /** Used only if the person has no account yet */
  initialPassword: string;
};

/** What one can do with a Examiner (its viewerCan): the mutations taking it, by name */
export type ExaminerAction =
  | 'revokeExaminer'
  | 'updateExaminer';

/** 见习考官 TRAINEE / 正式考官 FORMAL */
export type ExaminerGrade =
  | 'FORMAL'
  | 'TRAINEE';

export type ExaminerInput = {
  employer: string;
  fieldCode: string;
  grade: ExaminerGrade;
  specialtyCodes: Array<string>;
};

export type FederationDecision =
  | 'APPROVED'
  | 'PENDING'
  | 'RETURNED';

export type FederationDecisionInput = {
  applicationId: string;
  /** APPROVED or RETURNED */
  decision: FederationDecision;
  expectedVersion: number;
  /** Required when RETURNED */
  reasons?: string | null | undefined;
};

/** What a file is for in the dossier */
export type FilePurpose =
  | 'CPD_EVIDENCE'
  | 'DEGREE_EVIDENCE'
  | 'EVIDENCE'
  | 'ID_COPY'
  | 'ORG_CHART'
  | 'PHOTO'
  | 'PLEDGE'
  | 'SUPPLEMENT'
  | 'TITLE_PROOF';

export type GeneralCategoryFieldsInput = {
  professionalTitle?: string | null | undefined;
  qualifications: Array<string>;
};

/** What a grant lets its holder do; the scope comes with the grant */
export type GrantRole =
  | 'APPLICANT'
  | 'ENTERPRISE_ADMIN'
  | 'ENTERPRISE_RECOMMENDER'
  | 'EXAMINER'
  | 'FEDERATION_ADMIN'
  | 'FEDERATION_COMMITTEE'
  | 'FEDERATION_SECRETARIAT'
  | 'QUALITY_SUPERVISION'
  | 'SOCIETY_STAFF';

export type GrantSocietyRoleInput = {
  /** Required: the name as on the ID card (used for a new account) */
  displayName?: string | null | undefined;
  email: string;
  /** Required for EXAMINER */
  examiner?: ExaminerInput | null | undefined;
  /** Required, and checked like any password: used only if the person has no account yet */
  initialPassword?: string | null | undefined;
  role: GrantRole;
};

export type HandleComplaintInput = {
  /** ASSIGN, INVESTIGATE, DECIDE or FEEDBACK */
  action: ComplaintStepAction;
  /** ASSIGN: the handler account */
  assigneeId?: string | null | undefined;
  complaintId: string;
  /** The evidence the step rests on */
  evidence?: string | null | undefined;
  /** What was done, found, decided or told */
  note: string;
  /** DECIDE: the conclusion */
  outcome?: ComplaintOutcome | null | undefined;
};

/** What a history entry records: a decision of the procedure (submit, decideRegister, closeNoticeToRegistration…), or a step that keeps the stage */
export type HistoryAction =
  | 'accept'
  | 'addMaterialReviewers'
  | 'applyForRestoration'
  | 'approveAtFederation'
  | 'assignMaterialReviewers'
  | 'assignPaperJudges'
  | 'barApplicant'
  | 'cancelInterview'
  | 'cancelRegistration'
  | 'cancelRegistrationAutomatically'
  | 'closeNoticeToFederationReview'
  | 'closeNoticeToRegistration'
  | 'confirmRegistration'
  | 'decideNotRegistered'
  | 'decideRegister'
  | 'formReviewGroup'
  | 'grantReregistration'
  | 'lapse'
  | 'markSocietyMembership'
  | 'moveDeadline'
  | 'passBasicConditions'
  | 'passFormCheck'
  | 'proceedFromExamToComprehensiveReview'
  | 'proceedFromExamToInterview'
  | 'proceedToComprehensiveReview'
  | 'proceedToInterview'
  | 'proceedToWrittenExam'
  | 'publishInNotice'
  | 'reassessInterview'
  | 'reassessMaterials'
  | 'reassessWrittenExam'
  | 'recordVerificationResult'
  | 'refuseReregistration'
  | 'registerTrainee'
  | 'rejectNotAccepted'
  | 'requestReregistration'
  | 'requestSupplement'
  | 'requestVerification'
  | 'restoreRegistration'
  | 'resubmitClarified'
  | 'resubmitCompleted'
  | 'returnForClarification'
  | 'returnForCompletion'
  | 'returnFromFederation'
  | 'revokeRegistration'
  | 'scheduleInterview'
  | 'simplifiedToComprehensiveReview'
  | 'start'
  | 'startMaterialReview'
  | 'submit'
  | 'submitSupplements'
  | 'suspendRegistration'
  /** A kind of entry this version does not know (its reason and actor are withheld) */
  | 'unrecognized'
  | 'upholdObjectionNotRegistered'
  | 'upholdObjectionRereview'
  | 'withdraw';

export type HolidayArrangementInput = {
  adjustedWorkingDays: Array<AdjustedWorkingDayInput>;
  holidays: Array<HolidayPeriodInput>;
  /** The notice it comes from (title or number) */
  source?: string | null | undefined;
  year: number;
};

export type HolidayPeriodInput = {
  /** First day off, YYYY-MM-DD */
  firstDay: string;
  /** Last day off, YYYY-MM-DD */
  lastDay: string;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节… */
  name: string;
};

export type InternationalTitleInput = {
  kind: InternationalTitleKind;
  /** Required for OTHER */
  name?: string | null | undefined;
  number: string;
};

export type InternationalTitleKind =
  | 'ACPE'
  | 'APEC_ENGINEER'
  | 'EUR_ING'
  | 'INT_PE'
  | 'OTHER';

export type InterviewConclusion =
  | 'FAIL'
  | 'PASS';

export type InterviewMode =
  | 'MIXED'
  | 'ONLINE'
  | 'ONSITE';

export type InterviewQuestionInput = {
  itemCode: string;
  question: string;
};

export type InterviewQuestionnaireInput = {
  applicationId: string;
  comments?: string | null | undefined;
  /** 1–5 */
  fairness: number;
  /** 1–5 */
  overall: number;
  /** 1–5 */
  professionalism: number;
};

/** PENDING until the invitee accepts or declines it, or it expires */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING';

/** The language of the messages a person receives: ZH (default) or EN */
export type Language =
  | 'EN'
  | 'ZH';

export type LodgeComplaintInput = {
  /** RESULT: your application */
  applicationId?: string | null | undefined;
  /** A member the complaint is about */
  concernsRegistrationNumber?: string | null | undefined;
  /** How to reach you (an anonymous opinion that wants an answer) */
  contact?: string | null | undefined;
  content: string;
  /** RESULT: the decision contested (an id from the application history) */
  decisionEventId?: string | null | undefined;
  kind: ComplaintKind;
  /** PROCEDURE_BREACH / MISMANAGEMENT: the society; OPINION: optional */
  societyCode?: string | null | undefined;
  subject: string;
};

export type LodgeObjectionInput = {
  applicationId: string;
  contact?: string | null | undefined;
  content: string;
  noticeId: string;
};

/** The three kinds of major engineering work (重要工程工作) */
export type MajorWorkKind =
  | 'EMERGING_COMPLEX'
  | 'LARGE_PROJECT_PART'
  | 'SMALL_PROJECT_FULL';

/** SUPPLEMENT, RECOMMEND or NOT_RECOMMEND (seed 000) */
export type MaterialReviewConclusion =
  | 'NOT_RECOMMEND'
  | 'RECOMMEND'
  | 'SUPPLEMENT';

export type MaterialReviewInput = {
  applicationId: string;
  conclusion: MaterialReviewConclusion;
  /** NOT_RECOMMEND: a lower grade to apply for */
  lowerGradeSuggestion?: string | null | undefined;
  /** RECOMMEND: what follows */
  nextAssessment?: NextAssessment | null | undefined;
  /** RECOMMEND: points to probe */
  probePoints?: string | null | undefined;
  /** SUPPLEMENT: specific questions */
  questions?: string | null | undefined;
  /** NOT_RECOMMEND: reasons */
  reasons?: string | null | undefined;
  /** SUPPLEMENT: all 17 items */
  supplementAllItems?: boolean | null | undefined;
  /** SUPPLEMENT: areas A–E */
  supplementAreas?: Array<string> | null | undefined;
};

/** NONE: no further assessment, where the grade's route lets the materials conclude */
export type NextAssessment =
  | 'BOTH'
  | 'INTERVIEW'
  | 'NONE'
  | 'WRITTEN_EXAM';

export type NoticeApplicationInput = {
  applicationId: string;
  expectedVersion: number;
};

export type ObjectionStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'UPHELD_NOT_REGISTERED'
  | 'UPHELD_REREVIEW';

export type OverseasProjectInput = {
  chineseEngineersAbroad: number;
  countryOrRegion: string;
  foreignEngineersHired: number;
  meetingProfessionalBasics: number;
  name: string;
  status: OverseasProjectStatus;
  type: OverseasProjectType;
};

/** 筹建准备 PREPARING / 在建 UNDER_CONSTRUCTION / 完工 COMPLETED / 已完工等待验收移交 AWAITING_HANDOVER / 运营中 OPERATING */
export type OverseasProjectStatus =
  | 'AWAITING_HANDOVER'
  | 'COMPLETED'
  | 'OPERATING'
  | 'PREPARING'
  | 'UNDER_CONSTRUCTION';

/** 对外投资 INVESTMENT / 承包工程 CONTRACTING / 对外劳务 LABOUR / 对外援助 AID / 其他 OTHER */
export type OverseasProjectType =
  | 'AID'
  | 'CONTRACTING'
  | 'INVESTMENT'
  | 'LABOUR'
  | 'OTHER';

export type PlannedProjectInput = {
  countryOrRegion?: string | null | undefined;
  name?: string | null | undefined;
};

/** A pre-application (拟参加工程能力评价申请) after screening */
export type PreApplicationStatus =
  | 'APPROVED'
  | 'REFUSED'
  | 'SUBMITTED';

export type ProcedureStepInput = {
  applicationId: string;
  expectedVersion: number;
  /** What to complete or clarify (returns) */
  items?: Array<string> | null | undefined;
  /** Required for returns and refusals */
  reason?: string | null | undefined;
};

export type PublishNoticeInput = {
  applications: Array<NoticeApplicationInput>;
  /** YYYY-MM-DD, today or later */
  startsOn: string;
  title: string;
  /** At least 5 */
  workingDays: number;
};

/** What one can do with a RecognitionReferral (its viewerCan): the mutations taking it, by name */
export type RecognitionReferralAction =
  | 'recordReferralAnswer';

export type RecommendationCodeStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REDEEMED'
  | 'REVOKED';

export type RecommendedEngineerInput = {
  contact: string;
  currentLocation: string;
  /** ≤ 300 characters */
  experienceSummary: string;
  fieldCode: string;
  /** The intended grade (拟申请级别) */
  gradeCode: string;
  name: string;
  /** The overseas (or planned) project of the form the engineer belongs to */
  overseasProject: string;
};

export type RecommendingUnitFormInput = {
  contactName: string;
  contactPhone: string;
  engineersPerBatch: number;
  overseasProjects: Array<OverseasProjectInput>;
  plannedProjects: Array<PlannedProjectInput>;
  /** Society codes the form is sent to (seed 004: the society opens rights); added to earlier ones. Only they (and societies holding rights with the enterprise) read the form */
  sentToSocietyCodes?: Array<string> | null | undefined;
};

export type RecordInterviewInput = {
  /** PASS: improvement advice */
  advice?: string | null | undefined;
  applicationId: string;
  changesSinceSubmission?: string | null | undefined;
  conclusion: InterviewConclusion;
  /** ≥ 10 */
  deliberationMinutes: number;
  identityChecked: boolean;
  /** ≥ 30 */
  questioningMinutes: number;
  questions: Array<InterviewQuestionInput>;
  /** FAIL: reasons */
  reasons?: string | null | undefined;
  /** ≤ 10 */
  selfStatementMinutes: number;
};

export type RecordVerificationResultInput = {
  answer: VerificationAnswer;
  /** How they were reached */
  askedContact?: string | null | undefined;
  /** China date, YYYY-MM-DD */
  askedOn: string;
  /** The organisation or person asked (employer, referee…) */
  askedWhom: string;
  /** Required unless CONFIRMED */
  note?: string | null | undefined;
};

export type RecordWrittenExamSittingInput = {
  applicationId: string;
  /** China date, YYYY-MM-DD */
  heldOn: string;
  /** The paper written (subject or title) */
  paper: string;
  /** Place, or the online platform */
  venue: string;
};

/** 已推荐 REFERRED / 已认可 RECOGNISED / 未认可 DECLINED / 已撤回 WITHDRAWN */
export type ReferralStatus =
  | 'DECLINED'
  | 'RECOGNISED'
  | 'REFERRED'
  | 'WITHDRAWN';

export type RegisterMemberInput = {
  applicationId: string;
  expectedVersion: number;
};

export type RegistrationDecisionInput = {
  /** Why: kept in the history, told to the member */
  reason: string;
  registrationNumber: string;
};

/** The kind of reason of a registration's last status change, as the register publishes it */
export type RegistrationReasonKind =
  | 'BREACH_OF_CODE_OF_CONDUCT'
  | 'BREACH_OF_ETHICS'
  | 'BREACH_OF_LAW'
  | 'FALSE_EVIDENCE'
  | 'NOT_MEETING_REQUIREMENTS'
  | 'NO_REREGISTRATION'
  | 'REQUIREMENTS_MET';

export type RegistrationStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'REVOKED'
  | 'SUSPENDED';

/** What a report is broken down by: society, field, grade, channel, period (China month) */
export type ReportDimension =
  | 'CHANNEL'
  | 'FIELD'
  | 'GRADE'
  | 'PERIOD'
  | 'SOCIETY';

export type ReportFilter = {
  channels?: Array<ApplicationChannel> | null | undefined;
  fieldCodes?: Array<string> | null | undefined;
  /** First day (YYYY-MM-DD): the report starts with its month. Default: eleven months before `to` */
  from?: string | null | undefined;
  gradeCodes?: Array<string> | null | undefined;
  /** Society codes; society staff only ever see their own society */
  societyCodes?: Array<string> | null | undefined;
  /** Last day (YYYY-MM-DD): the report ends with its month. Default: today (China) */
  to?: string | null | undefined;
};

export type RequestReregistrationInput = {
  registrationNumber: string;
  /** What the member states for the conditions (conduct, CPD, current work…) */
  statement: string;
};

/** The conditions of re-registration (seed 000) */
export type ReregistrationCondition =
  | 'CONDUCT_KEPT'
  | 'CPD_COMPLETED'
  | 'ISSUES_RESOLVED'
  | 'SOCIETY_CONDITIONS'
  | 'WORKING_IN_FIELD';

export type ReregistrationStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

export type ResolveObjectionInput = {
  /** The application's version (when upheld) */
  expectedVersion: number;
  objectionId: string;
  /** DISMISSED, UPHELD_NOT_REGISTERED or UPHELD_REREVIEW */
  outcome: ObjectionStatus;
  resolution: string;
};

export type RestorationApplicationInput = {
  registrationNumber: string;
  /** How the requirements are met again */
  statement: string;
};

export type RevocationInput = {
  reason: string;
  /** FALSE_EVIDENCE, BREACH_OF_LAW, BREACH_OF_CODE_OF_CONDUCT or BREACH_OF_ETHICS */
  reasonKind: RegistrationReasonKind;
  registrationNumber: string;
};

export type RevokeEnterpriseRoleInput = {
  email: string;
  /** ENTERPRISE_ADMIN: the enterprise; ENTERPRISE_RECOMMENDER: ignored (the admin's own) */
  enterpriseId?: string | null | undefined;
  /** Why (kept on the grant) */
  reason: string;
  role: GrantRole;
};

export type RevokeSocietyRoleInput = {
  email: string;
  /** Why (kept on the grant) */
  reason: string;
  role: GrantRole;
};

export type ScheduleInterviewInput = {
  applicationId: string;
  /** A FORMAL examiner of the panel */
  chiefId: string;
  /** 2–3 examiner ids */
  examinerIds: Array<string>;
  expectedVersion: number;
  /** Place or link */
  location: string;
  mode: InterviewMode;
  scheduledAt: string;
};

export type ScoreEntryInput = {
  count?: number | null | undefined;
  item: string;
  option?: string | null | undefined;
  points?: number | null | undefined;
};

export type ScorePaperInput = {
  remarks?: string | null | undefined;
  /** 0–100 */
  score: number;
  /** The sitting (see writtenExam.sittings); only the latest can be marked */
  sittingId: string;
};

export type ScoringWeightsInput = {
  categoryCode: string;
  competencyWeight: number;
  passMark: number;
  quantitativeWeight: number;
};

export type ScreenPreApplicationInput = {
  /** Federation committee: the society of the field it is allocated to */
  allocateToSocietyCode?: string | null | undefined;
  approve: boolean;
  preApplicationId: string;
  /** Required when refusing */
  reason?: string | null | undefined;
};

export type SignUpInput = {
  /** Name as on the ID card */
  displayName: string;
  email: string;
  /** The language of the mails this person receives (default ZH) */
  language?: Language | null | undefined;
  /** 8–128 characters */
  password: string;
};

export type SimplifiedPathInput = {
  applicationId: string;
  expectedVersion: number;
  /** Why the society simplifies the assessment */
  reason: string;
  /** The assessments skipped: recorded in the history; the comprehensive review excuses only these */
  skips: Array<AssessmentMethod>;
};

/** What one can do with a Society (its viewerCan): the mutations taking it, by name */
export type SocietyAction =
  | 'grantSocietyRole'
  | 'publishWrittenExamStandard'
  | 'reinstateSociety'
  | 'revokeSocietyRole'
  | 'setClarificationPeriod'
  | 'setSocietyContacts'
  | 'setWrittenExamPassMark'
  | 'setWrittenExamStandard'
  | 'suspendSociety'
  | 'updateSocietyBranding';

export type SocietyBrandingInput = {
  /** #RRGGBB */
  accentColor?: string | null | undefined;
  /** A PNG or JPEG the editor uploaded (POST /files) in this society; null removes the logo */
  logoFileId?: string | null | undefined;
  /** #RRGGBB */
  primaryColor?: string | null | undefined;
  /** The society’s portal or web site: http(s), at most 200 characters */
  siteUrl?: string | null | undefined;
};

/** Lifecycle of an authorized society */
export type SocietyStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type StartApplicationInput = {
  channel?: ApplicationChannel;
  fieldCode: string;
  /** A grade of the field's ladder (grades(ladder) lists them; EngineeringField.grades offers them) */
  gradeCode: string;
  specialtyCode: string;
};

export type SubmissionStepInput = {
  applicationId: string;
  /** Submitting consents that the federation and the society may examine the dossier and verify it (即同意…查询); must be true */
  consentToVerification: boolean;
  expectedVersion: number;
  /** What to complete or clarify (returns) */
  items?: Array<string> | null | undefined;
  /** Required for returns and refusals */
  reason?: string | null | undefined;
};

export type SubmitPreApplicationInput = {
  contact: string;
  currentLocation: string;
  experienceSummary: string;
  fieldCode: string;
  gradeCode: string;
  name: string;
};

export type SubmitScoreSheetInput = {
  applicationId: string;
  items: Array<ScoreEntryInput>;
  /** The sheet (scoreSheetDefinitions), e.g. AUTOMOTIVE_B or AUTOMOTIVE_C3 */
  sheetCode: string;
};

/** What the body or person asked answered: 已核实 CONFIRMED / 未能证实 NOT_CONFIRMED / 无答复 NO_ANSWER */
export type VerificationAnswer =
  | 'CONFIRMED'
  | 'NOT_CONFIRMED'
  | 'NO_ANSWER';

export type WorkHistoryInput = {
  department?: string | null | undefined;
  employer: string;
  fromDate: string;
  majorEngineeringWork?: boolean | null | undefined;
  majorWorkKind?: MajorWorkKind | null | undefined;
  position: string;
  refereeContact: string;
  refereeName: string;
  /** Omit for the current post */
  toDate?: string | null | undefined;
};

/** WORKDAY (a weekend day worked) or HOLIDAY (a weekday off) */
export type WorkingDayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

export type WrittenExamReferenceInput = {
  /** http(s) address */
  link?: string | null | undefined;
  title: string;
};

export type WrittenExamStandardInput = {
  /** The exam outline (考试大纲) */
  outline: string;
  /** 0–100 */
  passMark: number;
  /** At most 50 */
  references?: Array<WrittenExamReferenceInput> | null | undefined;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, account: { id: string | null, email: string | null, displayName: string | null } | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { token: string, expiresAt: string, account: { id: string | null, email: string | null, displayName: string | null } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string | null, email: string | null, displayName: string | null, grants: Array<{ id: string | null, role: GrantRole | null, createdAt: string | null, society: { code: string } | null, enterprise: { name: string | null } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null }> | null } | null };

export type CurrentScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentScopeQuery = { currentScope: { roles: Array<GrantRole>, federation: boolean, society: { code: string, status: SocietyStatus } | null } };

export type InvitationFieldsFragment = { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null }> | null };

export type AcceptInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null };

export type DeclineInvitationMutationVariables = Exact<{
  id: string;
}>;


export type DeclineInvitationMutation = { declineInvitation: { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null };

export type RevokeSocietyRoleMutationVariables = Exact<{
  input: RevokeSocietyRoleInput;
}>;


export type RevokeSocietyRoleMutation = { revokeSocietyRole: boolean | null };

export type RevokeEnterpriseRoleMutationVariables = Exact<{
  input: RevokeEnterpriseRoleInput;
}>;


export type RevokeEnterpriseRoleMutation = { revokeEnterpriseRole: boolean | null };

export type DisableAccountMutationVariables = Exact<{
  email: string;
  reason: string;
}>;


export type DisableAccountMutation = { disableAccount: boolean | null };

export type EnableAccountMutationVariables = Exact<{
  email: string;
  reason: string;
}>;


export type EnableAccountMutation = { enableAccount: boolean | null };

export type ApplicationStateFragment = { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null };

export type ApplicationQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationQuery = { application: { nodeId: string | null, verificationConsentAt: string | null, channel: ApplicationChannel | null, id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, society: { code: string } | null, field: { code: string } | null, specialty: { code: string } | null, grade: { code: string } | null, basicInformation: { name: string | null, namePinyin: string | null, idNumber: string | null, birthDate: string | null, membershipNumber: string | null, mailingAddress: string | null, mobile: string | null, email: string | null, employer: string | null, employerEn: string | null, accreditedProgramme: boolean | null, wantsMutualRecognition: boolean | null } | null, education: Array<{ fromDate: string | null, toDate: string | null, school: string | null, major: string | null, level: EducationLevel | null, degree: string | null, qualifying: boolean | null }> | null, workHistory: Array<{ fromDate: string | null, toDate: string | null, employer: string | null, department: string | null, position: string | null, refereeName: string | null, refereeContact: string | null, majorEngineeringWork: boolean | null, majorWorkKind: MajorWorkKind | null }> | null, selfStatement: { text: string | null, characterCount: number | null, recommendedMin: number | null, recommendedMax: number | null, withinRecommendation: boolean | null, careerPlanShortTerm: string | null, careerPlanMidTerm: string | null, careerPlanLongTerm: string | null } | null, competencyClaims: Array<{ passage: string | null, itemCodes: Array<string> | null }> | null, achievements: Array<{ category: AchievementCategory | null, date: string | null, title: string | null, role: string | null, description: string | null }> | null, internationalTitle: { kind: InternationalTitleKind | null, name: string | null, number: string | null } | null, files: Array<{ id: string | null, purpose: FilePurpose | null, degreeEvidenceKind: DegreeEvidenceKind | null, caption: string | null, filename: string | null, contentType: string | null, size: number | null, sha256: string | null, downloadPath: string | null }> | null, supplements: Array<{ concerns: string | null, content: string | null, file: { id: string | null, filename: string | null } | null }> | null, categoryFields:
      | { __typename: 'AutomotiveCategoryFields' }
      | { __typename: 'GeneralCategoryFields', professionalTitle: string | null, qualifications: Array<string> | null }
     | null } | null };

export type ApplicationChecklistQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationChecklistQuery = { application: { id: string | null, validation: { ready: boolean | null, issues: Array<{ code: string | null, field: string | null, severity: string | null, messageZh: string | null, messageEn: string | null }> | null } | null, eligibility: { asOf: string | null, countedFrom: string | null, allMet: boolean | null, conditions: Array<{ code: string | null, status: string | null, required: number | null, actual: number | null }> | null } | null } | null };

export type ApplicationHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationHistoryQuery = { application: { id: string | null, history: Array<{ action: HistoryAction | null, fromStage: ApplicationStage | null, toStage: ApplicationStage | null, reason: string | null, items: Array<string> | null, actorName: string | null, at: string | null }> | null } | null };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { myApplications: Array<{ id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null }> | null };

export type WorkQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ApplicationFilter | null | undefined;
  orderBy?: ApplicationOrder | null | undefined;
}>;


export type WorkQueueQuery = { applications: { edges: Array<{ cursor: string | null, node: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, grade: { code: string } | null, specialty: { code: string } | null, basicInformation: { name: string | null, employer: string | null } | null, education: Array<{ school: string | null, level: EducationLevel | null }> | null, workHistory: Array<{ employer: string | null, fromDate: string | null, toDate: string | null }> | null, files: Array<{ purpose: FilePurpose | null, filename: string | null, size: number | null }> | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type WorkQueueCountQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
}>;


export type WorkQueueCountQuery = { applications: { totalCount: number | null } | null };

export type PinyinOfQueryVariables = Exact<{
  name: string;
}>;


export type PinyinOfQuery = { pinyinOf: string };

export type WorkingDaysAfterQueryVariables = Exact<{
  from: string;
  workingDays: number;
}>;


export type WorkingDaysAfterQuery = { workingDaysAfter: { date: string, calendarConfirmed: boolean } };

export type SetWorkingDayOverrideMutationVariables = Exact<{
  date: string;
  kind: WorkingDayKind;
  name?: string | null | undefined;
}>;


export type SetWorkingDayOverrideMutation = { setWorkingDayOverride: { date: string, kind: WorkingDayKind, name: string | null } | null };

export type StartApplicationMutationVariables = Exact<{
  input: StartApplicationInput;
}>;


export type StartApplicationMutation = { startApplication: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, basicInformation: { name: string | null, namePinyin: string | null, email: string | null } | null } | null };

export type SaveBasicInformationMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  input: BasicInformationInput;
}>;


export type SaveBasicInformationMutation = { saveBasicInformation: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, basicInformation: { name: string | null, namePinyin: string | null, idNumber: string | null, mobile: string | null, email: string | null, employer: string | null } | null } | null };

export type SaveEducationMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  entries: Array<EducationInput> | EducationInput;
}>;


export type SaveEducationMutation = { saveEducation: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, education: Array<{ fromDate: string | null, level: EducationLevel | null, qualifying: boolean | null }> | null } | null };

export type SaveWorkHistoryMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  entries: Array<WorkHistoryInput> | WorkHistoryInput;
}>;


export type SaveWorkHistoryMutation = { saveWorkHistory: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, workHistory: Array<{ fromDate: string | null, toDate: string | null, employer: string | null, majorEngineeringWork: boolean | null }> | null } | null };

export type SaveCareerPlanMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  input: CareerPlanInput;
}>;


export type SaveCareerPlanMutation = { saveCareerPlan: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, selfStatement: { careerPlanShortTerm: string | null, careerPlanMidTerm: string | null, careerPlanLongTerm: string | null } | null } | null };

export type SaveSelfStatementMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  text: string;
}>;


export type SaveSelfStatementMutation = { saveSelfStatement: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, selfStatement: { characterCount: number | null, withinRecommendation: boolean | null } | null } | null };

export type SaveCompetencyClaimsMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  claims: Array<CompetencyClaimInput> | CompetencyClaimInput;
}>;


export type SaveCompetencyClaimsMutation = { saveCompetencyClaims: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, competencyClaims: Array<{ passage: string | null, itemCodes: Array<string> | null }> | null } | null };

export type SaveAchievementsMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  achievements: Array<AchievementInput> | AchievementInput;
}>;


export type SaveAchievementsMutation = { saveAchievements: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, achievements: Array<{ category: AchievementCategory | null, title: string | null }> | null } | null };

export type SaveInternationalTitleMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  title?: InternationalTitleInput | null | undefined;
}>;


export type SaveInternationalTitleMutation = { saveInternationalTitle: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, internationalTitle: { kind: InternationalTitleKind | null, number: string | null } | null } | null };

export type SaveCategoryFieldsMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  input: CategoryFieldsInput;
}>;


export type SaveCategoryFieldsMutation = { saveCategoryFields: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, categoryFields:
      | { __typename: 'AutomotiveCategoryFields', studentInYear3OrAbove: boolean | null, internBasis: AutomotiveInternBasis | null, studySummary: string | null, technicalWorkSummaryLength: number | null, skillCertificates: Array<{ level: AutomotiveSkillLevel | null, obtainedOn: string | null }> | null, skillPostPeriods: Array<{ fromDate: string | null, toDate: string | null }> | null, exceptionalClaims: Array<{ ground: AutomotiveExceptionalGround | null, rank: number | null, title: string | null }> | null, learningActivities: Array<{ kind: AutomotiveLearningKind | null, date: string | null, title: string | null, minutes: number | null }> | null, projects: Array<{ title: string | null, level: AutomotiveProjectLevel | null, role: AutomotiveProjectRole | null, completedOn: string | null }> | null, researchOutputs: Array<{ kind: AutomotiveResearchOutputKind | null, title: string | null, date: string | null }> | null }
      | { __typename: 'GeneralCategoryFields', professionalTitle: string | null, qualifications: Array<string> | null }
     | null } | null };

export type AutomotiveFieldsFragment = { studentInYear3OrAbove: boolean | null, internBasis: AutomotiveInternBasis | null, studySummary: string | null, technicalWorkSummaryLength: number | null, skillCertificates: Array<{ level: AutomotiveSkillLevel | null, obtainedOn: string | null }> | null, skillPostPeriods: Array<{ fromDate: string | null, toDate: string | null }> | null, exceptionalClaims: Array<{ ground: AutomotiveExceptionalGround | null, rank: number | null, title: string | null }> | null, learningActivities: Array<{ kind: AutomotiveLearningKind | null, date: string | null, title: string | null, minutes: number | null }> | null, projects: Array<{ title: string | null, level: AutomotiveProjectLevel | null, role: AutomotiveProjectRole | null, completedOn: string | null }> | null, researchOutputs: Array<{ kind: AutomotiveResearchOutputKind | null, title: string | null, date: string | null }> | null };

export type ApplicationCategoryQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationCategoryQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, grade: { ladder: string, code: string, name: string } | null, eligibility: { asOf: string | null, allMet: boolean | null, status: string | null, conditions: Array<{ code: string | null, status: string | null, required: number | null, actual: number | null, noteZh: string | null }> | null } | null, validation: { ready: boolean | null, issues: Array<{ code: string | null, field: string | null, severity: string | null }> | null } | null, nextSteps: Array<{ code: string | null, label: string | null, labelEn: string | null, voluntary: boolean | null }> | null } | null };

export type AttachFileMutationVariables = Exact<{
  input: AttachFileInput;
}>;


export type AttachFileMutation = { attachFile: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, files: Array<{ id: string | null, purpose: FilePurpose | null, degreeEvidenceKind: DegreeEvidenceKind | null }> | null } | null };

export type DetachFileMutationVariables = Exact<{
  input: DetachFileInput;
}>;


export type DetachFileMutation = { detachFile: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, files: Array<{ id: string | null, purpose: FilePurpose | null }> | null } | null };

export type AddSupplementMutationVariables = Exact<{
  input: AddSupplementInput;
}>;


export type AddSupplementMutation = { addSupplement: { id: string | null, concerns: string | null, content: string | null, file: { id: string | null } | null } | null };

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmissionStepInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { verificationConsentAt: string | null, id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type ResubmitCompletedApplicationMutationVariables = Exact<{
  input: SubmissionStepInput;
}>;


export type ResubmitCompletedApplicationMutation = { resubmitCompletedApplication: { verificationConsentAt: string | null, id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type ResubmitClarifiedApplicationMutationVariables = Exact<{
  input: SubmissionStepInput;
}>;


export type ResubmitClarifiedApplicationMutation = { resubmitClarifiedApplication: { verificationConsentAt: string | null, id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type WithdrawApplicationMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type PassFormCheckMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type PassFormCheckMutation = { passFormCheck: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type ReturnForCompletionMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ReturnForCompletionMutation = { returnForCompletion: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type PassBasicConditionsMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type PassBasicConditionsMutation = { passBasicConditions: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type ReturnForClarificationMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ReturnForClarificationMutation = { returnForClarification: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type RejectApplicationMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type RejectApplicationMutation = { rejectApplication: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type AcceptApplicationMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type AcceptApplicationMutation = { acceptApplication: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type LapseApplicationMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type LapseApplicationMutation = { lapseApplication: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type MarkSocietyMembershipMutationVariables = Exact<{
  applicationId: string;
  expectedVersion: number;
  member: boolean;
}>;


export type MarkSocietyMembershipMutation = { markSocietyMembership: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null } | null };

export type ApplicationVisibilityQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationVisibilityQuery = { application: { stage: ApplicationStage | null, basicInformation: { name: string | null, idNumber: string | null, mobile: string | null } | null, education: Array<{ school: string | null }> | null, workHistory: Array<{ refereeContact: string | null }> | null, materialReviews: Array<{ round: number | null }> | null, assignments: Array<{ examinerName: string | null }> | null, interview: { location: string | null } | null, interviewOutcome: { location: string | null } | null, comprehensiveReview: { conclusion: ComprehensiveReviewConclusion | null } | null, writtenExam: { average: number | null } | null, interviewQuestionnaire: { overall: number | null } | null, verificationRequests: Array<{ id: string | null }> | null, scoreSheets: Array<{ id: string | null }> | null, scoredResult: { scored: boolean | null } | null } | null };

export type DossierAccessLogQueryVariables = Exact<{
  applicationId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type DossierAccessLogQuery = { dossierAccessLog: { edges: Array<{ node: { readerName: string | null, parts: Array<string> | null, at: string | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type DossierFileIdsQueryVariables = Exact<{
  id: string;
}>;


export type DossierFileIdsQuery = { application: { id: string | null, files: Array<{ id: string | null }> | null } | null };

export type ApplicationNextStepsQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationNextStepsQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null, nextSteps: Array<{ code: string | null, label: string | null, labelEn: string | null, voluntary: boolean | null }> | null } | null };

export type AssignMaterialReviewersMutationVariables = Exact<{
  input: AssignMaterialReviewersInput;
}>;


export type AssignMaterialReviewersMutation = { assignMaterialReviewers: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type RecordConflictOfInterestMutationVariables = Exact<{
  applicationId: string;
  examinerId: string;
  reason: string;
}>;


export type RecordConflictOfInterestMutation = { recordConflictOfInterest: boolean | null };

export type DeclareConflictOfInterestMutationVariables = Exact<{
  applicationId: string;
  reason: string;
}>;


export type DeclareConflictOfInterestMutation = { declareConflictOfInterest: boolean | null };

export type SubmitMaterialReviewMutationVariables = Exact<{
  input: MaterialReviewInput;
}>;


export type SubmitMaterialReviewMutation = { submitMaterialReview: { id: string | null, round: number | null, conclusion: MaterialReviewConclusion | null } | null };

export type RequestSupplementMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type RequestSupplementMutation = { requestSupplement: { id: string | null, stage: ApplicationStage | null, version: number | null, returnRequest: Array<string> | null } | null };

export type SubmitSupplementsMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type SubmitSupplementsMutation = { submitSupplements: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type ProceedToInterviewMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ProceedToInterviewMutation = { proceedToInterview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type ProceedToComprehensiveReviewMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ProceedToComprehensiveReviewMutation = { proceedToComprehensiveReview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type AssignedApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignedApplicationsQuery = { assignedApplications: Array<{ id: string | null, stage: ApplicationStage | null }> | null };

export type MaterialReviewsQueryVariables = Exact<{
  id: string;
}>;


export type MaterialReviewsQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, returnRequest: Array<string> | null, materialReviews: Array<{ round: number | null, reviewerName: string | null, conclusion: MaterialReviewConclusion | null, supplementAreas: Array<string> | null, nextAssessment: NextAssessment | null, reasons: string | null }> | null, assignments: Array<{ examinerId: string | null, examinerName: string | null, removedAt: string | null, removalReason: string | null }> | null } | null };

export type ScheduleInterviewMutationVariables = Exact<{
  input: ScheduleInterviewInput;
}>;


export type ScheduleInterviewMutation = { scheduleInterview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type RecordInterviewMutationVariables = Exact<{
  input: RecordInterviewInput;
}>;


export type RecordInterviewMutation = { recordInterview: { conclusion: InterviewConclusion | null, recordedAt: string | null } | null };

export type InterviewViewQueryVariables = Exact<{
  id: string;
}>;


export type InterviewViewQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, interview: { mode: InterviewMode | null, location: string | null, selfStatementMinutes: number | null, questioningMinutes: number | null, deliberationMinutes: number | null, conclusion: InterviewConclusion | null, advice: string | null, questions: Array<{ itemCode: string | null, question: string | null }> | null } | null, interviewOutcome: { conclusion: InterviewConclusion | null, advice: string | null } | null, interviewQuestionnaire: { overall: number | null, fairness: number | null, professionalism: number | null, comments: string | null } | null } | null };

export type FormReviewGroupMutationVariables = Exact<{
  input: AssignMaterialReviewersInput;
}>;


export type FormReviewGroupMutation = { formReviewGroup: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type ConcludeComprehensiveReviewMutationVariables = Exact<{
  input: ConcludeComprehensiveReviewInput;
}>;


export type ConcludeComprehensiveReviewMutation = { concludeComprehensiveReview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type ComprehensiveReviewViewQueryVariables = Exact<{
  id: string;
}>;


export type ComprehensiveReviewViewQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, comprehensiveReview: { conclusion: ComprehensiveReviewConclusion | null, reasons: string | null, reassessStage: ApplicationStage | null } | null } | null };

export type ViewerCanQueryVariables = Exact<{
  id: string;
}>;


export type ViewerCanQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, viewerCan: Array<ApplicationAction> | null } | null };

export type WrittenExamSittingIdsQueryVariables = Exact<{
  id: string;
}>;


export type WrittenExamSittingIdsQuery = { application: { id: string | null, writtenExam: { sittings: Array<{ id: string | null }> | null } | null } | null };

export type ComprehensiveReviewRoundsQueryVariables = Exact<{
  id: string;
}>;


export type ComprehensiveReviewRoundsQuery = { application: { id: string | null, stage: ApplicationStage | null, comprehensiveReviews: Array<{ round: number | null, conclusion: ComprehensiveReviewConclusion | null, reasons: string | null, reassessStage: ApplicationStage | null }> | null } | null };

export type ProceedToWrittenExamMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ProceedToWrittenExamMutation = { proceedToWrittenExam: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type ProceedFromExamToComprehensiveReviewMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ProceedFromExamToComprehensiveReviewMutation = { proceedFromExamToComprehensiveReview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type PublishNoticeMutationVariables = Exact<{
  input: PublishNoticeInput;
}>;


export type PublishNoticeMutation = { publishNotice: { id: string, startsOn: string, endsOn: string } | null };

export type PublicNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicNoticesQuery = { publicNotices: Array<{ id: string, nodeId: string | null, title: string, endsOn: string, entries: Array<{ applicationId: string, name: string | null, namePinyin: string | null, employer: string | null, field: string, fieldEn: string, grade: string, gradeEn: string }> }> | null };

export type LodgeObjectionMutationVariables = Exact<{
  input: LodgeObjectionInput;
}>;


export type LodgeObjectionMutation = { lodgeObjection: boolean };

export type NoticeObjectionsQueryVariables = Exact<{
  noticeId: string;
}>;


export type NoticeObjectionsQuery = { noticeObjections: Array<{ id: string | null, applicationId: string | null, status: ObjectionStatus | null }> | null };

export type ResolveObjectionMutationVariables = Exact<{
  input: ResolveObjectionInput;
}>;


export type ResolveObjectionMutation = { resolveObjection: { id: string | null, status: ObjectionStatus | null } | null };

export type CloseNoticeMutationVariables = Exact<{
  noticeId: string;
}>;


export type CloseNoticeMutation = { closeNotice: { id: string, closedAt: string | null } | null };

export type DecideAtFederationMutationVariables = Exact<{
  input: FederationDecisionInput;
}>;


export type DecideAtFederationMutation = { decideAtFederation: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type RegisterMemberMutation = { registerMember: { registrationNumber: string, validFrom: string, validUntil: string } | null };

export type FederationReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationReviewQueueQuery = { federationReviewQueue: Array<{ applicationId: string | null, sampled: boolean | null, decision: FederationDecision | null }> | null };

export type RegisteredMemberQueryVariables = Exact<{
  registrationNumber: string;
}>;


export type RegisteredMemberQuery = { registeredMember: { registrationNumber: string, nodeId: string | null, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type SearchRegisterQueryVariables = Exact<{
  name: string;
  societyCode?: string | null | undefined;
}>;


export type SearchRegisterQuery = { searchRegister: Array<{ registrationNumber: string, name: string, grade: string }> };

export type AssignPaperJudgesMutationVariables = Exact<{
  input: AssignMaterialReviewersInput;
}>;


export type AssignPaperJudgesMutation = { assignPaperJudges: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type RecordWrittenExamSittingMutationVariables = Exact<{
  input: RecordWrittenExamSittingInput;
}>;


export type RecordWrittenExamSittingMutation = { recordWrittenExamSitting: { id: string | null, number: number | null, heldOn: string | null, venue: string | null, paper: string | null } | null };

export type ScorePaperMutationVariables = Exact<{
  input: ScorePaperInput;
}>;


export type ScorePaperMutation = { scorePaper: { sittingId: string | null, score: number | null } | null };

export type ProceedFromExamToInterviewMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type ProceedFromExamToInterviewMutation = { proceedFromExamToInterview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type TakeSimplifiedPathMutationVariables = Exact<{
  input: SimplifiedPathInput;
}>;


export type TakeSimplifiedPathMutation = { takeSimplifiedPath: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type SetWrittenExamPassMarkMutationVariables = Exact<{
  code: string;
  passMark: number;
}>;


export type SetWrittenExamPassMarkMutation = { setWrittenExamPassMark: { code: string } | null };

export type WrittenExamViewQueryVariables = Exact<{
  id: string;
}>;


export type WrittenExamViewQuery = { application: { id: string | null, stage: ApplicationStage | null, writtenExam: { average: number | null, passMark: number | null, passed: boolean | null, sittings: Array<{ number: number | null, heldOn: string | null, venue: string | null, paper: string | null, scores: Array<{ score: number | null }> | null }> | null, scores: Array<{ score: number | null }> | null } | null } | null };

export type AnswerInterviewQuestionnaireMutationVariables = Exact<{
  input: InterviewQuestionnaireInput;
}>;


export type AnswerInterviewQuestionnaireMutation = { answerInterviewQuestionnaire: boolean | null };

export type VerificationRequestsQueryVariables = Exact<{
  id: string;
}>;


export type VerificationRequestsQuery = { application: { id: string | null, verificationRequests: Array<{ id: string | null, concerns: string | null, createdAt: string | null, askedWhom: string | null, askedContact: string | null, askedOn: string | null, answer: VerificationAnswer | null, note: string | null, recordedAt: string | null }> | null } | null };

export type RequestVerificationMutationVariables = Exact<{
  applicationId: string;
  concerns: string;
}>;


export type RequestVerificationMutation = { requestVerification: { id: string | null, concerns: string | null, answer: VerificationAnswer | null } | null };

export type RecordVerificationResultMutationVariables = Exact<{
  id: string;
  input: RecordVerificationResultInput;
}>;


export type RecordVerificationResultMutation = { recordVerificationResult: { id: string | null, askedWhom: string | null, askedContact: string | null, askedOn: string | null, answer: VerificationAnswer | null, note: string | null, recordedAt: string | null } | null };

export type SetWrittenExamStandardMutationVariables = Exact<{
  fieldCode: string;
  input: WrittenExamStandardInput;
}>;


export type SetWrittenExamStandardMutation = { setWrittenExamStandard: { fieldCode: string, fieldNameZh: string, passMark: number, outline: string, publishedAt: string | null, updatedAt: string, references: Array<{ title: string, link: string | null }> } | null };

export type PublishWrittenExamStandardMutationVariables = Exact<{
  fieldCode: string;
}>;


export type PublishWrittenExamStandardMutation = { publishWrittenExamStandard: { fieldCode: string, passMark: number, publishedAt: string | null } | null };

export type WrittenExamStandardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WrittenExamStandardsQuery = { writtenExamStandards: Array<{ fieldCode: string, fieldNameZh: string, passMark: number, outline: string, publishedAt: string | null, updatedAt: string, references: Array<{ title: string, link: string | null }> }> | null };

export type WrittenExamStandardsByFieldQueryVariables = Exact<{
  fieldCode: string;
}>;


export type WrittenExamStandardsByFieldQuery = { writtenExamStandardsByField: Array<{ societyCode: string | null, societyNameZh: string | null, societyPassMark: number | null, passMark: number | null, published: boolean | null, publishedAt: string | null, updatedAt: string | null }> | null };

export type CancelInterviewMutationVariables = Exact<{
  input: ProcedureStepInput;
}>;


export type CancelInterviewMutation = { cancelInterview: { id: string | null, stage: ApplicationStage | null, version: number | null } | null };

export type WorkingDayCalendarStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkingDayCalendarStatusQuery = { workingDayCalendarStatus: { libraryFirstYear: number, libraryLastYear: number, arrangedYears: Array<number>, nextYear: number, nextYearConfirmed: boolean, nextYearArrangementMissing: boolean } };

export type WorkingDayOverridesQueryVariables = Exact<{
  year: number;
}>;


export type WorkingDayOverridesQuery = { workingDayOverrides: Array<{ date: string, kind: WorkingDayKind, name: string | null }> };

export type LoadHolidayArrangementMutationVariables = Exact<{
  input: HolidayArrangementInput;
}>;


export type LoadHolidayArrangementMutation = { loadHolidayArrangement: { year: number | null, holidayDays: number | null, adjustedWorkingDays: number | null, stageDeadlines: number | null, noticeEnds: number | null } | null };

export type RemoveWorkingDayOverrideMutationVariables = Exact<{
  date: string;
}>;


export type RemoveWorkingDayOverrideMutation = { removeWorkingDayOverride: boolean | null };

export type ApplicationDeadlinesQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationDeadlinesQuery = { application: { id: string | null, stage: ApplicationStage | null, version: number | null, stageDeadline: string | null, stageDeadlineCalendarConfirmed: boolean | null, history: Array<{ action: HistoryAction | null, fromStage: ApplicationStage | null, toStage: ApplicationStage | null, reason: string | null }> | null } | null };

export type NoticeDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeDeadlinesQuery = { publicNotices: Array<{ id: string, startsOn: string, endsOn: string, endsOnCalendarConfirmed: boolean }> | null };

export type ComplaintFieldsFragment = { id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null };

export type ApplicationDecisionsQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationDecisionsQuery = { application: { id: string | null, history: Array<{ id: string | null, action: HistoryAction | null, toStage: ApplicationStage | null }> | null } | null };

export type ComplaintQueueQueryVariables = Exact<{
  status?: ComplaintStatus | null | undefined;
}>;


export type ComplaintQueueQuery = { complaintQueue: Array<{ id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null }> | null };

export type MyComplaintsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyComplaintsQuery = { myComplaints: Array<{ id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null }> | null };

export type ComplaintQueryVariables = Exact<{
  complaintId: string;
}>;


export type ComplaintQuery = { complaint: { nodeId: string | null, id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null } | null };

export type ComplaintTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintTargetsQuery = { complaintTargets: Array<{ handler: ComplaintHandler | null, workingDays: number | null }> | null };

export type LodgeComplaintMutationVariables = Exact<{
  input: LodgeComplaintInput;
}>;


export type LodgeComplaintMutation = { lodgeComplaint: boolean };

export type HandleComplaintMutationVariables = Exact<{
  input: HandleComplaintInput;
}>;


export type HandleComplaintMutation = { handleComplaint: { id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null } | null };

export type EscalateComplaintMutationVariables = Exact<{
  complaintId: string;
  reason: string;
}>;


export type EscalateComplaintMutation = { escalateComplaint: { id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null } | null };

export type SetComplaintTargetMutationVariables = Exact<{
  handler: ComplaintHandler;
  workingDays: number;
}>;


export type SetComplaintTargetMutation = { setComplaintTarget: { handler: ComplaintHandler | null, workingDays: number | null } | null };

export type CpdActivityFieldsFragment = { id: string | null, registrationId: string | null, kind: CpdActivityKind | null, title: string | null, provider: string | null, startedOn: string | null, endedOn: string | null, hours: number | null, evidence: Array<{ id: string | null, filename: string | null, contentType: string | null, size: number | null }> | null };

export type CpdAuditFieldsFragment = { id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null };

export type CpdYearComplianceFieldsFragment = { registrationId: string | null, registrationNumber: string | null, name: string | null, societyCode: string | null, year: number | null, minimumHours: number | null, requiredHours: number | null, hours: number | null, auditStatus: CpdAuditStatus | null, auditReasons: string | null, summaryRecorded: boolean | null, met: boolean | null };

export type CpdRecordQueryVariables = Exact<{
  registrationId: string;
  year: number;
}>;


export type CpdRecordQuery = { cpdRecord: { id: string | null, compliance: { registrationId: string | null, registrationNumber: string | null, name: string | null, societyCode: string | null, year: number | null, minimumHours: number | null, requiredHours: number | null, hours: number | null, auditStatus: CpdAuditStatus | null, auditReasons: string | null, summaryRecorded: boolean | null, met: boolean | null } | null, activities: Array<{ id: string | null, registrationId: string | null, kind: CpdActivityKind | null, title: string | null, provider: string | null, startedOn: string | null, endedOn: string | null, hours: number | null, evidence: Array<{ id: string | null, filename: string | null, contentType: string | null, size: number | null }> | null }> | null, summary: { id: string | null, year: number | null, summary: string | null, updatedAt: string | null } | null, audit: { id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null } | null } | null };

export type CpdComplianceQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CpdComplianceQuery = { cpdCompliance: Array<{ registrationId: string | null, registrationNumber: string | null, name: string | null, societyCode: string | null, year: number | null, minimumHours: number | null, requiredHours: number | null, hours: number | null, auditStatus: CpdAuditStatus | null, auditReasons: string | null, summaryRecorded: boolean | null, met: boolean | null }> | null };

export type CpdFiguresQueryVariables = Exact<{
  year: number;
}>;


export type CpdFiguresQuery = { cpdFigures: Array<{ societyCode: string | null, year: number | null, members: number | null, met: number | null, audited: number | null, auditsAccepted: number | null, auditsRejected: number | null, auditsPending: number | null }> | null };

export type CpdAuditDrawQueryVariables = Exact<{
  year: number;
}>;


export type CpdAuditDrawQuery = { cpdAuditDraw: { id: string | null, year: number | null, ratePercent: number | null, seed: string | null, population: Array<string> | null, drawnAt: string | null, audits: Array<{ id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null }> | null } | null };

export type RecordCpdActivityMutationVariables = Exact<{
  input: CpdActivityInput;
}>;


export type RecordCpdActivityMutation = { recordCpdActivity: { id: string | null, registrationId: string | null, kind: CpdActivityKind | null, title: string | null, provider: string | null, startedOn: string | null, endedOn: string | null, hours: number | null, evidence: Array<{ id: string | null, filename: string | null, contentType: string | null, size: number | null }> | null } | null };

export type AttachCpdEvidenceMutationVariables = Exact<{
  activityId: string;
  fileId: string;
}>;


export type AttachCpdEvidenceMutation = { attachCpdEvidence: { id: string | null, registrationId: string | null, kind: CpdActivityKind | null, title: string | null, provider: string | null, startedOn: string | null, endedOn: string | null, hours: number | null, evidence: Array<{ id: string | null, filename: string | null, contentType: string | null, size: number | null }> | null } | null };

export type DetachCpdEvidenceMutationVariables = Exact<{
  activityId: string;
  fileId: string;
}>;


export type DetachCpdEvidenceMutation = { detachCpdEvidence: { id: string | null, registrationId: string | null, kind: CpdActivityKind | null, title: string | null, provider: string | null, startedOn: string | null, endedOn: string | null, hours: number | null, evidence: Array<{ id: string | null, filename: string | null, contentType: string | null, size: number | null }> | null } | null };

export type SaveCpdSummaryMutationVariables = Exact<{
  registrationId: string;
  year: number;
  summary: string;
}>;


export type SaveCpdSummaryMutation = { saveCpdSummary: { id: string | null, year: number | null, summary: string | null } | null };

export type SetCpdRequirementsMutationVariables = Exact<{
  minimumHours: number;
  auditRatePercent: number;
}>;


export type SetCpdRequirementsMutation = { setCpdRequirements: { societyCode: string | null, minimumHours: number | null, auditRatePercent: number | null } | null };

export type CpdRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CpdRequirementsQuery = { cpdRequirements: { societyCode: string | null, minimumHours: number | null, auditRatePercent: number | null, updatedAt: string | null } | null };

export type DrawCpdAuditMutationVariables = Exact<{
  year: number;
}>;


export type DrawCpdAuditMutation = { drawCpdAudit: { id: string | null, year: number | null, ratePercent: number | null, seed: string | null, population: Array<string> | null, audits: Array<{ id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null }> | null } | null };

export type SubmitCpdAuditEvidenceMutationVariables = Exact<{
  auditId: string;
  note: string;
}>;


export type SubmitCpdAuditEvidenceMutation = { submitCpdAuditEvidence: { id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null } | null };

export type DecideCpdAuditMutationVariables = Exact<{
  auditId: string;
  accepted: boolean;
  reasons?: string | null | undefined;
}>;


export type DecideCpdAuditMutation = { decideCpdAudit: { id: string | null, registrationId: string | null, registrationNumber: string | null, name: string | null, year: number | null, status: CpdAuditStatus | null, requestedAt: string | null, evidenceNote: string | null, submittedAt: string | null, decidedAt: string | null, reasons: string | null } | null };

export type PreApplicationFieldsFragment = { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null };

export type RecommendationCodeFieldsFragment = { id: string | null, code: string | null, batchId: string | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, engineerName: string | null, engineerContact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, expiresAt: string | null, status: RecommendationCodeStatus | null, revokedAt: string | null, revocationReason: string | null };

export type RegisterEnterpriseMutationVariables = Exact<{
  name: string;
  creditCode?: string | null | undefined;
}>;


export type RegisterEnterpriseMutation = { registerEnterprise: { id: string | null, name: string | null } | null };

export type AppointEnterpriseAdminMutationVariables = Exact<{
  input: EnterpriseAppointmentInput;
}>;


export type AppointEnterpriseAdminMutation = { appointEnterpriseAdmin: { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null };

export type AppointEnterpriseRecommenderMutationVariables = Exact<{
  input: EnterpriseAppointmentInput;
}>;


export type AppointEnterpriseRecommenderMutation = { appointEnterpriseRecommender: { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, enterpriseId: string | null, enterpriseName: string | null, invitedByName: string | null, createdAt: string | null, expiresAt: string | null, answeredAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null };

export type SetEnterpriseChannelSettingsMutationVariables = Exact<{
  batchLimit: number;
  codeValidDays: number;
}>;


export type SetEnterpriseChannelSettingsMutation = { setEnterpriseChannelSettings: { societyCode: string | null, batchLimit: number | null, codeValidDays: number | null } | null };

export type SubmitRecommendingUnitFormMutationVariables = Exact<{
  input: RecommendingUnitFormInput;
}>;


export type SubmitRecommendingUnitFormMutation = { submitRecommendingUnitForm: { id: string | null, sentToSocietyCodes: Array<string> | null, contactName: string | null, contactPhone: string | null, engineersPerBatch: number | null, submittedAt: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, overseasProjects: Array<{ name: string | null, countryOrRegion: string | null, type: OverseasProjectType | null, status: OverseasProjectStatus | null, chineseEngineersAbroad: number | null, foreignEngineersHired: number | null, meetingProfessionalBasics: number | null }> | null, plannedProjects: Array<{ name: string | null, countryOrRegion: string | null }> | null } | null };

export type OpenRecommendationRightsMutationVariables = Exact<{
  enterpriseId: string;
  fieldCodes: Array<string> | string;
}>;


export type OpenRecommendationRightsMutation = { openRecommendationRights: Array<{ id: string | null, societyCode: string | null, fieldCode: string | null, openedAt: string | null, withdrawnAt: string | null }> | null };

export type WithdrawRecommendationRightMutationVariables = Exact<{
  rightId: string;
  reason: string;
}>;


export type WithdrawRecommendationRightMutation = { withdrawRecommendationRight: { id: string | null, withdrawnAt: string | null, withdrawalReason: string | null } | null };

export type OpenApplicationRoundMutationVariables = Exact<{
  name: string;
  closesOn: string;
}>;


export type OpenApplicationRoundMutation = { openApplicationRound: { id: string, name: string, closesOn: string } | null };

export type AssignRecommendationCodesMutationVariables = Exact<{
  input: AssignRecommendationCodesInput;
}>;


export type AssignRecommendationCodesMutation = { assignRecommendationCodes: { batchId: string | null, codes: Array<{ id: string | null, code: string | null, batchId: string | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, engineerName: string | null, engineerContact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, expiresAt: string | null, status: RecommendationCodeStatus | null, revokedAt: string | null, revocationReason: string | null }> | null } | null };

export type RevokeRecommendationCodeMutationVariables = Exact<{
  codeId: string;
}>;


export type RevokeRecommendationCodeMutation = { revokeRecommendationCode: { id: string | null, code: string | null, batchId: string | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, engineerName: string | null, engineerContact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, expiresAt: string | null, status: RecommendationCodeStatus | null, revokedAt: string | null, revocationReason: string | null } | null };

export type RedeemRecommendationCodeMutationVariables = Exact<{
  code: string;
  enterpriseId?: string | null | undefined;
}>;


export type RedeemRecommendationCodeMutation = { redeemRecommendationCode: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null } | null };

export type SubmitPreApplicationMutationVariables = Exact<{
  input: SubmitPreApplicationInput;
}>;


export type SubmitPreApplicationMutation = { submitPreApplication: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null } | null };

export type ScreenPreApplicationMutationVariables = Exact<{
  input: ScreenPreApplicationInput;
}>;


export type ScreenPreApplicationMutation = { screenPreApplication: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null } | null };

export type RequestExpertConsultationMutationVariables = Exact<{
  preApplicationId: string;
}>;


export type RequestExpertConsultationMutation = { requestExpertConsultation: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null } | null };

export type RecordExpertConsultationMutationVariables = Exact<{
  preApplicationId: string;
  heldOn: string;
  note?: string | null | undefined;
}>;


export type RecordExpertConsultationMutation = { recordExpertConsultation: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null } | null };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { myEnterprise: { enterprise: { id: string | null, name: string | null } | null, form: { id: string | null, engineersPerBatch: number | null, overseasProjects: Array<{ name: string | null }> | null } | null, recommendationRights: Array<{ id: string | null, societyCode: string | null, fieldCode: string | null, withdrawnAt: string | null }> | null } | null };

export type RecommendingUnitFormQueryVariables = Exact<{
  enterpriseId: string;
}>;


export type RecommendingUnitFormQuery = { recommendingUnitForm: { id: string | null, sentToSocietyCodes: Array<string> | null, contactName: string | null, engineersPerBatch: number | null, overseasProjects: Array<{ name: string | null, type: OverseasProjectType | null, status: OverseasProjectStatus | null }> | null } | null };

export type RecommendationCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecommendationCodesQuery = { recommendationCodes: { edges: Array<{ cursor: string | null, node: { id: string | null, code: string | null, batchId: string | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, engineerName: string | null, engineerContact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, expiresAt: string | null, status: RecommendationCodeStatus | null, revokedAt: string | null, revocationReason: string | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type EnterpriseRecommendeesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterpriseRecommendeesQuery = { enterpriseRecommendees: { edges: Array<{ cursor: string | null, node: { preApplicationId: string | null, name: string | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, preApplicationStatus: PreApplicationStatus | null, preApplicationSubmittedAt: string | null, screenedAt: string | null, round: { name: string, closesOn: string } | null, application: { id: string | null, stage: ApplicationStage | null, channel: ApplicationChannel | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, field: { code: string } | null, grade: { code: string } | null, basicInformation: { name: string | null, employer: string | null } | null, enterpriseChannelProgress: { startedOn: string | null, targetOn: string | null, elapsedDays: number | null, withinTarget: boolean | null } | null } | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type RecommendeeDossierProbeQueryVariables = Exact<{
  id: string;
}>;


export type RecommendeeDossierProbeQuery = { application: { id: string | null, stage: ApplicationStage | null, selfStatement: { careerPlanLongTerm: string | null } | null, education: Array<{ school: string | null }> | null, materialReviews: Array<{ id: string | null }> | null, interview: { conclusion: InterviewConclusion | null } | null, basicInformation: { mobile: string | null, idNumber: string | null } | null } | null };

export type PreApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: PreApplicationStatus | null | undefined;
}>;


export type PreApplicationsQuery = { preApplications: { edges: Array<{ cursor: string | null, node: { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, consultationRequestedAt: string | null, applicationId: string | null, version: number | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type PreApplicationQueueFieldsFragment = { id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, consultationRequestedAt: string | null, applicationId: string | null, version: number | null };

export type MyPreApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPreApplicationsQuery = { myPreApplications: Array<{ id: string | null, channel: ApplicationChannel | null, status: PreApplicationStatus | null, societyCode: string | null, fieldCode: string | null, gradeCode: string | null, name: string | null, contact: string | null, currentLocation: string | null, experienceSummary: string | null, overseasProject: string | null, createdAt: string | null, screenedAt: string | null, screeningReason: string | null, screenedByFederation: boolean | null, consultationRequestedAt: string | null, consultationHeldOn: string | null, consultationNote: string | null, applicationId: string | null, version: number | null, enterprise: { id: string | null, name: string | null } | null, round: { name: string, closesOn: string } | null }> | null };

export type ExaminersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  grade?: ExaminerGrade | null | undefined;
}>;


export type ExaminersQuery = { examiners: { totalCount: number | null, edges: Array<{ cursor: string | null, node: { id: string | null, nodeId: string | null, displayName: string | null, email: string | null, profile: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null }> | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } | null } | null };

export type ExaminerQueryVariables = Exact<{
  id: string;
}>;


export type ExaminerQuery = { examiner: { id: string | null, nodeId: string | null, displayName: string | null, profile: { grade: ExaminerGrade | null, employer: string | null } | null } | null };

export type GrantSocietyRoleMutationVariables = Exact<{
  input: GrantSocietyRoleInput;
}>;


export type GrantSocietyRoleMutation = { grantSocietyRole: { id: string | null, email: string | null, role: GrantRole | null, status: InvitationStatus | null, expiresAt: string | null, society: { code: string } | null, examiner: { grade: ExaminerGrade | null, employer: string | null, field: { code: string } | null, specialties: Array<{ code: string }> | null } | null } | null };

export type UpdateExaminerMutationVariables = Exact<{
  id: string;
  input: ExaminerInput;
}>;


export type UpdateExaminerMutation = { updateExaminer: { id: string | null, profile: { grade: ExaminerGrade | null, employer: string | null, specialties: Array<{ code: string }> | null } | null } | null };

export type RevokeExaminerMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RevokeExaminerMutation = { revokeExaminer: boolean | null };

export type ExaminerViewerCanQueryVariables = Exact<{
  id: string;
}>;


export type ExaminerViewerCanQuery = { examiner: { id: string | null, viewerCan: Array<ExaminerAction> | null } | null };

export type FileDownloadUrlQueryVariables = Exact<{
  id: string;
}>;


export type FileDownloadUrlQuery = { fileDownloadUrl: { url: string | null, expiresAt: string | null } | null };

export type ScheduledJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledJobsQuery = { scheduledJobs: Array<{ name: string | null, schedule: string | null, timeZone: string | null, lastRunAt: string | null, lastFinishedAt: string | null, lastOutcome: string | null, lastOutput: string | null }> | null };

export type ApplicationProgressSubscriptionVariables = Exact<{
  applicationId: string;
}>;


export type ApplicationProgressSubscription = { applicationProgress: { applicationId: string | null, stage: ApplicationStage | null, event: { id: string | null, action: HistoryAction | null, fromStage: ApplicationStage | null, toStage: ApplicationStage | null, reason: string | null, items: Array<string> | null, actorName: string | null, at: string | null } | null, application: { id: string | null, stage: ApplicationStage | null, version: number | null, stageDeadline: string | null, evaluationDeadline: string | null } | null } | null };

export type WorkQueueChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WorkQueueChangesSubscription = { workQueueChanges: { applicationId: string | null, stage: ApplicationStage | null, event: { id: string | null, action: HistoryAction | null, fromStage: ApplicationStage | null, toStage: ApplicationStage | null, at: string | null } | null, application: { id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null } | null } | null };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string | null, kind: string | null, subject: string | null, body: string | null, applicationId: string | null, createdAt: string | null, readAt: string | null } | null };

export type RecognitionReferralFieldsFragment = { id: string | null, registrationId: string | null, status: ReferralStatus | null, referredOn: string | null, answeredOn: string | null, note: string | null, viewerCan: Array<RecognitionReferralAction> | null, partnerBody: { code: string, name: string, nameEn: string } | null };

export type PartnerBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerBodiesQuery = { partnerBodies: Array<{ code: string, name: string, nameEn: string, jurisdiction: string, jurisdictionEn: string }> };

export type RecognitionCandidatesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RecognitionCandidatesQuery = { recognitionCandidates: Array<{ registrationId: string | null, registrationNumber: string | null, name: string | null, namePinyin: string | null, societyCode: string | null, fieldNameEn: string | null, gradeNameEn: string | null, referredTo: Array<string> | null }> | null };

export type RecognitionReferralsQueryVariables = Exact<{
  registrationId: string;
}>;


export type RecognitionReferralsQuery = { recognitionReferrals: Array<{ id: string | null, registrationId: string | null, status: ReferralStatus | null, referredOn: string | null, answeredOn: string | null, note: string | null, viewerCan: Array<RecognitionReferralAction> | null, partnerBody: { code: string, name: string, nameEn: string } | null }> | null };

export type ReferForMutualRecognitionMutationVariables = Exact<{
  registrationId: string;
  partnerBodyCode: string;
  note?: string | null | undefined;
}>;


export type ReferForMutualRecognitionMutation = { referForMutualRecognition: { id: string | null, registrationId: string | null, status: ReferralStatus | null, referredOn: string | null, answeredOn: string | null, note: string | null, viewerCan: Array<RecognitionReferralAction> | null, partnerBody: { code: string, name: string, nameEn: string } | null } | null };

export type RecordReferralAnswerMutationVariables = Exact<{
  referralId: string;
  status: ReferralStatus;
  answeredOn: string;
  note?: string | null | undefined;
}>;


export type RecordReferralAnswerMutation = { recordReferralAnswer: { id: string | null, registrationId: string | null, status: ReferralStatus | null, referredOn: string | null, answeredOn: string | null, note: string | null, viewerCan: Array<RecognitionReferralAction> | null, partnerBody: { code: string, name: string, nameEn: string } | null } | null };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number | null, edges: Array<{ cursor: string | null, node: { id: string | null, nodeId: string | null, kind: string | null, subject: string | null, body: string | null, applicationId: string | null, createdAt: string | null, readAt: string | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number | null };

export type SetMyLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetMyLanguageMutation = { setMyLanguage: Language | null };

export type SocietiesQueryVariables = Exact<{
  status?: SocietyStatus | null | undefined;
}>;


export type SocietiesQuery = { societies: Array<{ id: string, code: string, name: string, nameEn: string, status: SocietyStatus, fields: Array<{ code: string }> }> };

export type EngineeringFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type EngineeringFieldsQuery = { engineeringFields: Array<{ code: string, name: string, nameEn: string, specialties: Array<{ code: string, name: string, scope: string }>, societies: Array<{ code: string }> }> };

export type GradesQueryVariables = Exact<{
  ladder?: string | null | undefined;
}>;


export type GradesQuery = { grades: Array<{ ladder: string, code: string, name: string, rank: number, basicConditions: { minRelevantWorkYears: number | null, minMajorWorkYears: number | null, education: string, text: string, minYearsInFieldByEducation: Array<{ education: EducationLevel, minYearsInField: number }> | null }, route: { materialsMayConclude: boolean, registeredBy: string, lowerGradeSuggestible: boolean, assessments: Array<{ method: AssessmentMethod, required: boolean, scoreSheets: Array<string>, decidesPass: boolean }> } | null }> };

export type FieldGradesQueryVariables = Exact<{
  code: string;
}>;


export type FieldGradesQuery = { engineeringField: { code: string, ladder: string, grades: Array<{ ladder: string, code: string, name: string, nameEn: string, rank: number }> } | null };

export type CompetencyItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetencyItemsQuery = { competencyItems: Array<{ code: string, professionalWording: string, seniorWording: string, evidenceExamples: Array<string>, area: { code: string, name: string } }> };

export type CompetencyAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetencyAreasQuery = { competencyAreas: Array<{ code: string, name: string, items: Array<{ code: string }> }> };

export type EngineeringFieldQueryVariables = Exact<{
  code: string;
}>;


export type EngineeringFieldQuery = { engineeringField: { code: string, name: string, nameEn: string, specialties: Array<{ code: string, name: string, nameEn: string, scope: string }>, societies: Array<{ code: string, name: string, nameEn: string }> } | null };

export type SocietiesViewerCanQueryVariables = Exact<{ [key: string]: never; }>;


export type SocietiesViewerCanQuery = { societies: Array<{ code: string, viewerCan: Array<SocietyAction> | null }> };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Application', nodeId: string | null, id: string | null, stage: ApplicationStage | null, version: number | null, submittedAt: string | null, acceptedAt: string | null, stageDeadline: string | null, evaluationDeadline: string | null, societyMember: boolean | null, returnRequest: Array<string> | null, viewerCan: Array<ApplicationAction> | null }
    | { __typename: 'Complaint', nodeId: string | null, id: string | null, kind: ComplaintKind | null, handler: ComplaintHandler | null, status: ComplaintStatus | null, round: number | null, societyCode: string | null, applicationId: string | null, decisionEventId: string | null, concernsRegistrationNumber: string | null, subject: string | null, content: string | null, receivedOn: string | null, targetWorkingDays: number | null, dueOn: string | null, workingDaysTaken: number | null, overdue: boolean | null, outcome: ComplaintOutcome | null, feedback: string | null, feedbackOn: string | null, complainant: { name: string | null, email: string | null, contact: string | null } | null, steps: Array<{ round: number | null, handler: ComplaintHandler | null, action: ComplaintStepAction | null, at: string | null, note: string | null, evidence: string | null, actorName: string | null }> | null }
    | { __typename: 'Examiner', id: string | null, displayName: string | null, nodeId: string | null, profile: { grade: ExaminerGrade | null, employer: string | null } | null }
    | { __typename: 'Notification', id: string | null, subject: string | null, readAt: string | null, nodeId: string | null }
    | { __typename: 'PublicNotice', title: string, endsOn: string, nodeId: string | null, noticeId: string }
    | { __typename: 'RegisteredMember', registrationNumber: string, name: string, validUntil: string, nodeId: string | null, registrationStatus: RegistrationStatus }
    | { __typename: 'Society', nodeId: string | null, code: string, name: string, nameEn: string, logoUrl: string | null, primaryColor: string | null, accentColor: string | null, siteUrl: string | null, societyId: string, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null, complaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Application', id: string | null, stage: ApplicationStage | null, nodeId: string | null }
    | { __typename: 'Complaint', nodeId: string | null }
    | { __typename: 'Examiner', id: string | null, displayName: string | null, nodeId: string | null }
    | { __typename: 'Notification', nodeId: string | null }
    | { __typename: 'PublicNotice', nodeId: string | null }
    | { __typename: 'RegisteredMember', nodeId: string | null }
    | { __typename: 'Society', code: string, nodeId: string | null }
   | null> | null };

export type RegisterEntryFragment = { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null };

export type SuspendRegistrationMutationVariables = Exact<{
  input: RegistrationDecisionInput;
}>;


export type SuspendRegistrationMutation = { suspendRegistration: { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type ApplyForRestorationMutationVariables = Exact<{
  input: RestorationApplicationInput;
}>;


export type ApplyForRestorationMutation = { applyForRestoration: { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type RestoreRegistrationMutationVariables = Exact<{
  input: RegistrationDecisionInput;
}>;


export type RestoreRegistrationMutation = { restoreRegistration: { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type CancelRegistrationMutationVariables = Exact<{
  input: RegistrationDecisionInput;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type RevokeRegistrationMutationVariables = Exact<{
  input: RevocationInput;
}>;


export type RevokeRegistrationMutation = { revokeRegistration: { registrationNumber: string, name: string, namePinyin: string | null, employer: string | null, societyCode: string, field: string, fieldEn: string, grade: string, gradeEn: string, validFrom: string, validUntil: string, status: RegistrationStatus, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null } | null };

export type BarApplicantMutationVariables = Exact<{
  input: BarApplicantInput;
}>;


export type BarApplicantMutation = { barApplicant: string | null };

export type ReregistrationStateFragment = { id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null };

export type MyRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRegistrationsQuery = { myRegistrations: Array<{ registrationNumber: string | null, societyCode: string | null, status: RegistrationStatus | null, statusChangedAt: string | null, statusReasonKind: RegistrationReasonKind | null, restorationRequestedAt: string | null, validFrom: string | null, validUntil: string | null, reregistrationOpensOn: string | null, reregistrationClosesOn: string | null, viewerCan: Array<string> | null, certificates: Array<{ issue: number | null, validFrom: string | null, validUntil: string | null, issuedAt: string | null, supersededAt: string | null }> | null, reregistrations: Array<{ id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null }> | null }> | null };

export type ReregistrationRequestsQueryVariables = Exact<{
  status?: ReregistrationStatus | null | undefined;
}>;


export type ReregistrationRequestsQuery = { reregistrationRequests: Array<{ id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null }> | null };

export type RequestReregistrationMutationVariables = Exact<{
  input: RequestReregistrationInput;
}>;


export type RequestReregistrationMutation = { requestReregistration: { id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null } | null };

export type CheckReregistrationConditionsMutationVariables = Exact<{
  input: CheckReregistrationConditionsInput;
}>;


export type CheckReregistrationConditionsMutation = { checkReregistrationConditions: { id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null } | null };

export type DecideReregistrationMutationVariables = Exact<{
  input: DecideReregistrationInput;
}>;


export type DecideReregistrationMutation = { decideReregistration: { id: string | null, registrationNumber: string | null, status: ReregistrationStatus | null, requestedAt: string | null, statement: string | null, expiring: string | null, windowOpensOn: string | null, windowClosesOn: string | null, reasons: string | null, decidedAt: string | null, newValidFrom: string | null, newValidUntil: string | null, conditions: Array<{ condition: ReregistrationCondition | null, met: boolean | null, note: string | null }> | null } | null };

export type RegistrationStatusChangesQueryVariables = Exact<{
  from: string;
  to: string;
  society?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistrationStatusChangesQuery = { registrationStatusChanges: { edges: Array<{ cursor: string | null, node: { societyCode: string | null, registrationNumber: string | null, memberName: string | null, fromStatus: RegistrationStatus | null, toStatus: RegistrationStatus | null, reasonKind: RegistrationReasonKind | null, reason: string | null, decidedAt: string | null, automatic: boolean | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } | null } | null };

export type FunnelReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  groupBy?: Array<ReportDimension> | ReportDimension | null | undefined;
}>;


export type FunnelReportQuery = { funnelReport: Array<{ societyCode: string | null, fieldCode: string | null, gradeCode: string | null, channel: ApplicationChannel | null, period: string | null, stage: ApplicationStage | null, entries: number | null, exits: number | null, inStage: number | null }> | null };

export type CycleTimesReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  groupBy?: Array<ReportDimension> | ReportDimension | null | undefined;
}>;


export type CycleTimesReportQuery = { cycleTimesReport: Array<{ societyCode: string | null, fieldCode: string | null, gradeCode: string | null, channel: ApplicationChannel | null, period: string | null, span: string | null, finished: number | null, p50Days: number | null, p90Days: number | null, meanDays: number | null, finishedOverdue: number | null, overdueShare: number | null, openOverdue: number | null, deadlineZh: string | null, deadlineEn: string | null }> | null };

export type ExaminerWorkloadReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ExaminerWorkloadReportQuery = { examinerWorkloadReport: Array<{ examinerId: string | null, societyCode: string | null, examinerName: string | null, fieldCode: string | null, kind: AssignmentKind | null, assigned: number | null, removed: number | null, completed: number | null, standing: number | null, meanTurnaroundHours: number | null }> | null };

export type RegistrationReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  groupBy?: Array<ReportDimension> | ReportDimension | null | undefined;
  expiringWithinMonths?: number | null | undefined;
}>;


export type RegistrationReportQuery = { registrationReport: Array<{ societyCode: string | null, fieldCode: string | null, gradeCode: string | null, channel: ApplicationChannel | null, period: string | null, granted: number | null, expiring: number | null }> | null };

export type CpdComplianceReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  groupBy?: Array<ReportDimension> | ReportDimension | null | undefined;
}>;


export type CpdComplianceReportQuery = { cpdComplianceReport: Array<{ societyCode: string | null, fieldCode: string | null, gradeCode: string | null, channel: ApplicationChannel | null, year: number | null, due: number | null, compliant: number | null, shortOfHours: number | null, compliantShare: number | null, requiredHours: number | null, hours: number | null, audited: number | null, auditsRejected: number | null, auditsPending: number | null, refreshedAt: string | null }> | null };

export type ComplaintsReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  groupBy?: Array<ReportDimension> | ReportDimension | null | undefined;
}>;


export type ComplaintsReportQuery = { complaintsReport: Array<{ societyCode: string | null, period: string | null, handler: ComplaintHandler | null, received: number | null, awaitingAssignment: number | null, assigned: number | null, investigating: number | null, decided: number | null, feedbackGiven: number | null, feedbackP50Days: number | null, feedbackP90Days: number | null, feedbackLate: number | null, openOverdue: number | null }> | null };

export type ApplicationRoundsReportQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ApplicationRoundsReportQuery = { applicationRoundsReport: Array<{ societyCode: string | null, roundName: string | null, closesOn: string | null, channel: ApplicationChannel | null, received: number | null, awaitingScreening: number | null, approved: number | null, refused: number | null, allocated: number | null, applicationsStarted: number | null }> | null };

export type ScoreSheetDefinitionsQueryVariables = Exact<{
  categoryCode: string;
}>;


export type ScoreSheetDefinitionsQuery = { scoreSheetDefinitions: Array<{ code: string | null, kind: string | null, grades: Array<string> | null, nameZh: string | null, nameEn: string | null, source: string | null, maximum: number | null, sections: Array<{ code: string | null, nameZh: string | null, nameEn: string | null, cap: number | null, noteZh: string | null, noteEn: string | null, groups: Array<{ code: string | null, nameZh: string | null, nameEn: string | null, cap: number | null, items: Array<{ code: string | null, nameZh: string | null, nameEn: string | null, rule: string | null, required: boolean | null, repeatable: boolean | null, step: number | null, max: number | null, formula: string | null, first: number | null, next: number | null, cap: number | null, evidenceZh: string | null, evidenceEn: string | null, options: Array<{ code: string | null, labelZh: string | null, labelEn: string | null, points: number | null }> | null, bands: Array<{ labelZh: string | null, labelEn: string | null, min: number | null, max: number | null }> | null }> | null }> | null }> | null }> | null };

export type ScoringSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringSettingsQuery = { scoringSettings: Array<{ categoryCode: string | null, quantitativeWeight: number | null, competencyWeight: number | null, passMark: number | null, updatedAt: string | null }> | null };

export type SetScoringWeightsMutationVariables = Exact<{
  input: ScoringWeightsInput;
}>;


export type SetScoringWeightsMutation = { setScoringWeights: { categoryCode: string | null, quantitativeWeight: number | null, competencyWeight: number | null, passMark: number | null, updatedAt: string | null } | null };

export type SubmitScoreSheetMutationVariables = Exact<{
  input: SubmitScoreSheetInput;
}>;


export type SubmitScoreSheetMutation = { submitScoreSheet: { id: string | null, assessment: string | null, round: number | null, examinerName: string | null, sheetCode: string | null, sheetKind: string | null, total: number | null, submittedAt: string | null, entries: Array<{ item: string | null, option: string | null, points: number | null, count: number | null }> | null, itemScores: Array<{ item: string | null, points: number | null }> | null } | null };

export type ApplicationScoresQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationScoresQuery = { application: { id: string | null, stage: ApplicationStage | null, scoreSheets: Array<{ id: string | null, assessment: string | null, round: number | null, examinerName: string | null, sheetCode: string | null, sheetKind: string | null, total: number | null, itemScores: Array<{ item: string | null, points: number | null }> | null }> | null, scoredResult: { scored: boolean | null, categoryCode: string | null, assessment: string | null, round: number | null, examinersAssigned: number | null, examinersComplete: number | null, complete: boolean | null, quantitativeWeight: number | null, competencyWeight: number | null, passMark: number | null, quantitativeAverage: number | null, competencyAverage: number | null, score: number | null, passed: boolean | null } | null } | null };

export type ScoredWorkQueueQueryVariables = Exact<{
  first: number;
}>;


export type ScoredWorkQueueQuery = { applications: { edges: Array<{ node: { id: string | null, scoredResult: { scored: boolean | null, complete: boolean | null, score: number | null, passed: boolean | null } | null, scoreSheets: Array<{ total: number | null }> | null } | null }> | null } | null };

export type AuthorizeSocietyMutationVariables = Exact<{
  input: AuthorizeSocietyInput;
}>;


export type AuthorizeSocietyMutation = { authorizeSociety: { id: string, code: string, name: string, nameEn: string, status: SocietyStatus, fields: Array<{ code: string }> } | null };

export type SuspendSocietyMutationVariables = Exact<{
  code: string;
  reason: string;
}>;


export type SuspendSocietyMutation = { suspendSociety: { code: string, status: SocietyStatus, suspendedAt: string | null } | null };

export type ReinstateSocietyMutationVariables = Exact<{
  code: string;
}>;


export type ReinstateSocietyMutation = { reinstateSociety: { code: string, status: SocietyStatus } | null };

export type SetClarificationPeriodMutationVariables = Exact<{
  code: string;
  workingDays: number;
}>;


export type SetClarificationPeriodMutation = { setClarificationPeriod: { code: string, clarificationWorkingDays: number } | null };

export type SocietyBrandingFieldsFragment = { code: string, name: string, nameEn: string, logoUrl: string | null, primaryColor: string | null, accentColor: string | null, siteUrl: string | null, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null, complaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null };

export type ContactPersonFieldsFragment = { name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null };

export type SocietyBrandingQueryVariables = Exact<{
  code: string;
}>;


export type SocietyBrandingQuery = { society: { id: string, nodeId: string | null, code: string, name: string, nameEn: string, logoUrl: string | null, primaryColor: string | null, accentColor: string | null, siteUrl: string | null, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null, complaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null } | null };

export type SocietiesBrandingQueryVariables = Exact<{ [key: string]: never; }>;


export type SocietiesBrandingQuery = { societies: Array<{ code: string, name: string, nameEn: string, logoUrl: string | null, primaryColor: string | null, accentColor: string | null, siteUrl: string | null, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null, complaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null }> };

export type UpdateSocietyBrandingMutationVariables = Exact<{
  input: SocietyBrandingInput;
}>;


export type UpdateSocietyBrandingMutation = { updateSocietyBranding: { code: string, name: string, nameEn: string, logoUrl: string | null, primaryColor: string | null, accentColor: string | null, siteUrl: string | null, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null, complaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null } | null };

export type SetSocietyContactsMutationVariables = Exact<{
  contacts: Array<ContactPersonInput> | ContactPersonInput;
}>;


export type SetSocietyContactsMutation = { setSocietyContacts: { code: string, contacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null }> | null } | null };

export type SetFederationComplaintContactsMutationVariables = Exact<{
  contacts: Array<ContactPersonInput> | ContactPersonInput;
}>;


export type SetFederationComplaintContactsMutation = { setFederationComplaintContacts: Array<{ name: string, role: string | null, phone: string | null, email: string | null, organisation: string | null, organisationEn: string | null }> | null };

export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const ApplicationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ApplicationStateFragment, unknown>;
export const AutomotiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomotiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomotiveCategoryFields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentInYear3OrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"skillCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillPostPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionalClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internBasis"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"}},{"kind":"Field","name":{"kind":"Name","value":"technicalWorkSummaryLength"}}]}}]} as unknown as DocumentNode<AutomotiveFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const CpdActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<CpdActivityFieldsFragment, unknown>;
export const CpdAuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<CpdAuditFieldsFragment, unknown>;
export const CpdYearComplianceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdYearComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdYearCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"auditStatus"}},{"kind":"Field","name":{"kind":"Name","value":"auditReasons"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<CpdYearComplianceFieldsFragment, unknown>;
export const PreApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PreApplicationFieldsFragment, unknown>;
export const RecommendationCodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RecommendationCodeFieldsFragment, unknown>;
export const PreApplicationQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PreApplicationQueueFieldsFragment, unknown>;
export const RecognitionReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<RecognitionReferralFieldsFragment, unknown>;
export const RegisterEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<RegisterEntryFragment, unknown>;
export const ReregistrationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<ReregistrationStateFragment, unknown>;
export const SocietyBrandingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocietyBrandingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]}}]} as unknown as DocumentNode<SocietyBrandingFieldsFragment, unknown>;
export const ContactPersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]} as unknown as DocumentNode<ContactPersonFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CurrentScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"federation"}}]}}]}}]} as unknown as DocumentNode<CurrentScopeQuery, CurrentScopeQueryVariables>;
export const MyInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const RevokeSocietyRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSocietyRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSocietyRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSocietyRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeSocietyRoleMutation, RevokeSocietyRoleMutationVariables>;
export const RevokeEnterpriseRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeEnterpriseRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeEnterpriseRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeEnterpriseRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeEnterpriseRoleMutation, RevokeEnterpriseRoleMutationVariables>;
export const DisableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<EnableAccountMutation, EnableAccountMutationVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"verificationConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"employerEn"}},{"kind":"Field","name":{"kind":"Name","value":"accreditedProgramme"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMutualRecognition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"qualifying"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"refereeName"}},{"kind":"Field","name":{"kind":"Name","value":"refereeContact"}},{"kind":"Field","name":{"kind":"Name","value":"majorEngineeringWork"}},{"kind":"Field","name":{"kind":"Name","value":"majorWorkKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"characterCount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedMin"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedMax"}},{"kind":"Field","name":{"kind":"Name","value":"withinRecommendation"}},{"kind":"Field","name":{"kind":"Name","value":"careerPlanShortTerm"}},{"kind":"Field","name":{"kind":"Name","value":"careerPlanMidTerm"}},{"kind":"Field","name":{"kind":"Name","value":"careerPlanLongTerm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internationalTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"degreeEvidenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralCategoryFields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"professionalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const ApplicationChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"countedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"allMet"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationChecklistQuery, ApplicationChecklistQueryVariables>;
export const ApplicationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationHistoryQuery, ApplicationHistoryQueryVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const WorkQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<WorkQueueQuery, WorkQueueQueryVariables>;
export const WorkQueueCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueueCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WorkQueueCountQuery, WorkQueueCountQueryVariables>;
export const PinyinOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PinyinOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinyinOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<PinyinOfQuery, PinyinOfQueryVariables>;
export const WorkingDaysAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDaysAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDaysAfter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"calendarConfirmed"}}]}}]}}]} as unknown as DocumentNode<WorkingDaysAfterQuery, WorkingDaysAfterQueryVariables>;
export const SetWorkingDayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkingDayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingDayKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkingDayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetWorkingDayOverrideMutation, SetWorkingDayOverrideMutationVariables>;
export const StartApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<StartApplicationMutation, StartApplicationMutationVariables>;
export const SaveBasicInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBasicInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BasicInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBasicInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveBasicInformationMutation, SaveBasicInformationMutationVariables>;
export const SaveEducationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEducation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EducationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEducation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifying"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveEducationMutation, SaveEducationMutationVariables>;
export const SaveWorkHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWorkHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkHistoryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"workHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"majorEngineeringWork"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveWorkHistoryMutation, SaveWorkHistoryMutationVariables>;
export const SaveCareerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCareerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareerPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCareerPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"selfStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerPlanShortTerm"}},{"kind":"Field","name":{"kind":"Name","value":"careerPlanMidTerm"}},{"kind":"Field","name":{"kind":"Name","value":"careerPlanLongTerm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveCareerPlanMutation, SaveCareerPlanMutationVariables>;
export const SaveSelfStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSelfStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSelfStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"selfStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characterCount"}},{"kind":"Field","name":{"kind":"Name","value":"withinRecommendation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveSelfStatementMutation, SaveSelfStatementMutationVariables>;
export const SaveCompetencyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCompetencyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claims"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyClaimInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCompetencyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"claims"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claims"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"competencyClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveCompetencyClaimsMutation, SaveCompetencyClaimsMutationVariables>;
export const SaveAchievementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAchievements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"achievements"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AchievementInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAchievements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"achievements"},"value":{"kind":"Variable","name":{"kind":"Name","value":"achievements"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveAchievementsMutation, SaveAchievementsMutationVariables>;
export const SaveInternationalTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInternationalTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InternationalTitleInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInternationalTitle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"internationalTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SaveInternationalTitleMutation, SaveInternationalTitleMutationVariables>;
export const SaveCategoryFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCategoryFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCategoryFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"categoryFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneralCategoryFields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"professionalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutomotiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutomotiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AutomotiveCategoryFields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentInYear3OrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"skillCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillPostPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionalClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningActivities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internBasis"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"}},{"kind":"Field","name":{"kind":"Name","value":"technicalWorkSummaryLength"}}]}}]} as unknown as DocumentNode<SaveCategoryFieldsMutation, SaveCategoryFieldsMutationVariables>;
export const ApplicationCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladder"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"allMet"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"noteZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"voluntary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ApplicationCategoryQuery, ApplicationCategoryQueryVariables>;
export const AttachFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"degreeEvidenceKind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<AttachFileMutation, AttachFileMutationVariables>;
export const DetachFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<DetachFileMutation, DetachFileMutationVariables>;
export const AddSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddSupplementMutation, AddSupplementMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmissionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"verificationConsentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const ResubmitCompletedApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitCompletedApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmissionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitCompletedApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"verificationConsentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ResubmitCompletedApplicationMutation, ResubmitCompletedApplicationMutationVariables>;
export const ResubmitClarifiedApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitClarifiedApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmissionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitClarifiedApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"verificationConsentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ResubmitClarifiedApplicationMutation, ResubmitClarifiedApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const PassFormCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassFormCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passFormCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<PassFormCheckMutation, PassFormCheckMutationVariables>;
export const ReturnForCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnForCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnForCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ReturnForCompletionMutation, ReturnForCompletionMutationVariables>;
export const PassBasicConditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassBasicConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passBasicConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<PassBasicConditionsMutation, PassBasicConditionsMutationVariables>;
export const ReturnForClarificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnForClarification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnForClarification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ReturnForClarificationMutation, ReturnForClarificationMutationVariables>;
export const RejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const AcceptApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<AcceptApplicationMutation, AcceptApplicationMutationVariables>;
export const LapseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LapseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lapseApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<LapseApplicationMutation, LapseApplicationMutationVariables>;
export const MarkSocietyMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSocietyMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSocietyMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<MarkSocietyMembershipMutation, MarkSocietyMembershipMutationVariables>;
export const ApplicationVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refereeContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examinerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comprehensiveReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writtenExam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewQuestionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoredResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scored"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationVisibilityQuery, ApplicationVisibilityQueryVariables>;
export const DossierAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DossierAccessLogQuery, DossierAccessLogQueryVariables>;
export const DossierFileIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierFileIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DossierFileIdsQuery, DossierFileIdsQueryVariables>;
export const ApplicationNextStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationNextSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"voluntary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ApplicationNextStepsQuery, ApplicationNextStepsQueryVariables>;
export const AssignMaterialReviewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMaterialReviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMaterialReviewersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMaterialReviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignMaterialReviewersMutation, AssignMaterialReviewersMutationVariables>;
export const RecordConflictOfInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConflictOfInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examinerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConflictOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"examinerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examinerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RecordConflictOfInterestMutation, RecordConflictOfInterestMutationVariables>;
export const DeclareConflictOfInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConflictOfInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflictOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeclareConflictOfInterestMutation, DeclareConflictOfInterestMutationVariables>;
export const SubmitMaterialReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMaterialReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMaterialReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}}]}}]} as unknown as DocumentNode<SubmitMaterialReviewMutation, SubmitMaterialReviewMutationVariables>;
export const RequestSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}}]}}]}}]} as unknown as DocumentNode<RequestSupplementMutation, RequestSupplementMutationVariables>;
export const SubmitSupplementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSupplements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSupplements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitSupplementsMutation, SubmitSupplementsMutationVariables>;
export const ProceedToInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProceedToInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proceedToInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProceedToInterviewMutation, ProceedToInterviewMutationVariables>;
export const ProceedToComprehensiveReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProceedToComprehensiveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proceedToComprehensiveReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProceedToComprehensiveReviewMutation, ProceedToComprehensiveReviewMutationVariables>;
export const AssignedApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignedApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AssignedApplicationsQuery, AssignedApplicationsQueryVariables>;
export const MaterialReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"materialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"supplementAreas"}},{"kind":"Field","name":{"kind":"Name","value":"nextAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examinerId"}},{"kind":"Field","name":{"kind":"Name","value":"examinerName"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}}]}}]}}]}}]} as unknown as DocumentNode<MaterialReviewsQuery, MaterialReviewsQueryVariables>;
export const ScheduleInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScheduleInterviewMutation, ScheduleInterviewMutationVariables>;
export const RecordInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordInterviewMutation, RecordInterviewMutationVariables>;
export const InterviewViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterviewView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"selfStatementMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"questioningMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"deliberationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewQuestionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"professionalism"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<InterviewViewQuery, InterviewViewQueryVariables>;
export const FormReviewGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FormReviewGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMaterialReviewersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formReviewGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FormReviewGroupMutation, FormReviewGroupMutationVariables>;
export const ConcludeComprehensiveReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeComprehensiveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeComprehensiveReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeComprehensiveReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConcludeComprehensiveReviewMutation, ConcludeComprehensiveReviewMutationVariables>;
export const ComprehensiveReviewViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComprehensiveReviewView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comprehensiveReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reassessStage"}}]}}]}}]}}]} as unknown as DocumentNode<ComprehensiveReviewViewQuery, ComprehensiveReviewViewQueryVariables>;
export const ViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<ViewerCanQuery, ViewerCanQueryVariables>;
export const WrittenExamSittingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WrittenExamSittingIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writtenExam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WrittenExamSittingIdsQuery, WrittenExamSittingIdsQueryVariables>;
export const ComprehensiveReviewRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComprehensiveReviewRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"comprehensiveReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reassessStage"}}]}}]}}]}}]} as unknown as DocumentNode<ComprehensiveReviewRoundsQuery, ComprehensiveReviewRoundsQueryVariables>;
export const ProceedToWrittenExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProceedToWrittenExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proceedToWrittenExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProceedToWrittenExamMutation, ProceedToWrittenExamMutationVariables>;
export const ProceedFromExamToComprehensiveReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProceedFromExamToComprehensiveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proceedFromExamToComprehensiveReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProceedFromExamToComprehensiveReviewMutation, ProceedFromExamToComprehensiveReviewMutationVariables>;
export const PublishNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const PublicNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}}]}}]}}]}}]} as unknown as DocumentNode<PublicNoticesQuery, PublicNoticesQueryVariables>;
export const LodgeObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LodgeObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LodgeObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lodgeObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LodgeObjectionMutation, LodgeObjectionMutationVariables>;
export const NoticeObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NoticeObjectionsQuery, NoticeObjectionsQueryVariables>;
export const ResolveObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveObjectionMutation, ResolveObjectionMutationVariables>;
export const CloseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseNoticeMutation, CloseNoticeMutationVariables>;
export const DecideAtFederationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAtFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FederationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAtFederation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DecideAtFederationMutation, DecideAtFederationMutationVariables>;
export const RegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const FederationReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"federationReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<FederationReviewQueueQuery, FederationReviewQueueQueryVariables>;
export const RegisteredMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisteredMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]}}]} as unknown as DocumentNode<RegisteredMemberQuery, RegisteredMemberQueryVariables>;
export const SearchRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"societyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"societyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"societyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]} as unknown as DocumentNode<SearchRegisterQuery, SearchRegisterQueryVariables>;
export const AssignPaperJudgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPaperJudges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMaterialReviewersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPaperJudges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignPaperJudgesMutation, AssignPaperJudgesMutationVariables>;
export const RecordWrittenExamSittingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWrittenExamSitting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWrittenExamSittingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWrittenExamSitting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"paper"}}]}}]}}]} as unknown as DocumentNode<RecordWrittenExamSittingMutation, RecordWrittenExamSittingMutationVariables>;
export const ScorePaperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScorePaper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScorePaperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePaper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sittingId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ScorePaperMutation, ScorePaperMutationVariables>;
export const ProceedFromExamToInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProceedFromExamToInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proceedFromExamToInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProceedFromExamToInterviewMutation, ProceedFromExamToInterviewMutationVariables>;
export const TakeSimplifiedPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeSimplifiedPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimplifiedPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeSimplifiedPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TakeSimplifiedPathMutation, TakeSimplifiedPathMutationVariables>;
export const SetWrittenExamPassMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWrittenExamPassMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passMark"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWrittenExamPassMark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"passMark"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passMark"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SetWrittenExamPassMarkMutation, SetWrittenExamPassMarkMutationVariables>;
export const WrittenExamViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WrittenExamView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"writtenExam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"paper"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<WrittenExamViewQuery, WrittenExamViewQueryVariables>;
export const AnswerInterviewQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInterviewQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInterviewQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AnswerInterviewQuestionnaireMutation, AnswerInterviewQuestionnaireMutationVariables>;
export const VerificationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedWhom"}},{"kind":"Field","name":{"kind":"Name","value":"askedContact"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationRequestsQuery, VerificationRequestsQueryVariables>;
export const RequestVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"concerns"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"concerns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"concerns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<RequestVerificationMutation, RequestVerificationMutationVariables>;
export const RecordVerificationResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVerificationResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVerificationResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVerificationResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askedWhom"}},{"kind":"Field","name":{"kind":"Name","value":"askedContact"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordVerificationResultMutation, RecordVerificationResultMutationVariables>;
export const SetWrittenExamStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWrittenExamStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WrittenExamStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWrittenExamStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fieldCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetWrittenExamStandardMutation, SetWrittenExamStandardMutationVariables>;
export const PublishWrittenExamStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWrittenExamStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWrittenExamStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fieldCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishWrittenExamStandardMutation, PublishWrittenExamStandardMutationVariables>;
export const WrittenExamStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WrittenExamStandards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writtenExamStandards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WrittenExamStandardsQuery, WrittenExamStandardsQueryVariables>;
export const WrittenExamStandardsByFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WrittenExamStandardsByField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writtenExamStandardsByField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fieldCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"societyNameZh"}},{"kind":"Field","name":{"kind":"Name","value":"societyPassMark"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WrittenExamStandardsByFieldQuery, WrittenExamStandardsByFieldQueryVariables>;
export const CancelInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelInterviewMutation, CancelInterviewMutationVariables>;
export const WorkingDayCalendarStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDayCalendarStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayCalendarStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libraryFirstYear"}},{"kind":"Field","name":{"kind":"Name","value":"libraryLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"arrangedYears"}},{"kind":"Field","name":{"kind":"Name","value":"nextYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"nextYearArrangementMissing"}}]}}]}}]} as unknown as DocumentNode<WorkingDayCalendarStatusQuery, WorkingDayCalendarStatusQueryVariables>;
export const WorkingDayOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDayOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkingDayOverridesQuery, WorkingDayOverridesQueryVariables>;
export const LoadHolidayArrangementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadHolidayArrangement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayArrangementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadHolidayArrangement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"holidayDays"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadlines"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEnds"}}]}}]}}]} as unknown as DocumentNode<LoadHolidayArrangementMutation, LoadHolidayArrangementMutationVariables>;
export const RemoveWorkingDayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkingDayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkingDayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]} as unknown as DocumentNode<RemoveWorkingDayOverrideMutation, RemoveWorkingDayOverrideMutationVariables>;
export const ApplicationDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadlineCalendarConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDeadlinesQuery, ApplicationDeadlinesQueryVariables>;
export const NoticeDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnCalendarConfirmed"}}]}}]}}]} as unknown as DocumentNode<NoticeDeadlinesQuery, NoticeDeadlinesQueryVariables>;
export const ApplicationDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDecisionsQuery, ApplicationDecisionsQueryVariables>;
export const ComplaintQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<ComplaintQueueQuery, ComplaintQueueQueryVariables>;
export const MyComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<MyComplaintsQuery, MyComplaintsQueryVariables>;
export const ComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<ComplaintQuery, ComplaintQueryVariables>;
export const ComplaintTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}}]} as unknown as DocumentNode<ComplaintTargetsQuery, ComplaintTargetsQueryVariables>;
export const LodgeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LodgeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LodgeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lodgeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LodgeComplaintMutation, LodgeComplaintMutationVariables>;
export const HandleComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandleComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandleComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<HandleComplaintMutation, HandleComplaintMutationVariables>;
export const EscalateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<EscalateComplaintMutation, EscalateComplaintMutationVariables>;
export const SetComplaintTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetComplaintTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handler"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintHandler"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setComplaintTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handler"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handler"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}}]}}]}}]} as unknown as DocumentNode<SetComplaintTargetMutation, SetComplaintTargetMutationVariables>;
export const CpdRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdYearComplianceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdAuditFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdYearComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdYearCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"auditStatus"}},{"kind":"Field","name":{"kind":"Name","value":"auditReasons"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<CpdRecordQuery, CpdRecordQueryVariables>;
export const CpdComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdYearComplianceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdYearComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdYearCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"auditStatus"}},{"kind":"Field","name":{"kind":"Name","value":"auditReasons"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<CpdComplianceQuery, CpdComplianceQueryVariables>;
export const CpdFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"audited"}},{"kind":"Field","name":{"kind":"Name","value":"auditsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"auditsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"auditsPending"}}]}}]}}]} as unknown as DocumentNode<CpdFiguresQuery, CpdFiguresQueryVariables>;
export const CpdAuditDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdAuditDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdAuditDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdAuditFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<CpdAuditDrawQuery, CpdAuditDrawQueryVariables>;
export const RecordCpdActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCpdActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCpdActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<RecordCpdActivityMutation, RecordCpdActivityMutationVariables>;
export const AttachCpdEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachCpdEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachCpdEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<AttachCpdEvidenceMutation, AttachCpdEvidenceMutationVariables>;
export const DetachCpdEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachCpdEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachCpdEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<DetachCpdEvidenceMutation, DetachCpdEvidenceMutationVariables>;
export const SaveCpdSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCpdSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCpdSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SaveCpdSummaryMutation, SaveCpdSummaryMutationVariables>;
export const SetCpdRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCpdRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minimumHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditRatePercent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCpdRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minimumHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minimumHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"auditRatePercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditRatePercent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHours"}},{"kind":"Field","name":{"kind":"Name","value":"auditRatePercent"}}]}}]}}]} as unknown as DocumentNode<SetCpdRequirementsMutation, SetCpdRequirementsMutationVariables>;
export const CpdRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHours"}},{"kind":"Field","name":{"kind":"Name","value":"auditRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CpdRequirementsQuery, CpdRequirementsQueryVariables>;
export const DrawCpdAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawCpdAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawCpdAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdAuditFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<DrawCpdAuditMutation, DrawCpdAuditMutationVariables>;
export const SubmitCpdAuditEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCpdAuditEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCpdAuditEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdAuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<SubmitCpdAuditEvidenceMutation, SubmitCpdAuditEvidenceMutationVariables>;
export const DecideCpdAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCpdAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCpdAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CpdAuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CpdAuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CpdAudit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<DecideCpdAuditMutation, DecideCpdAuditMutationVariables>;
export const RegisterEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterEnterpriseMutation, RegisterEnterpriseMutationVariables>;
export const AppointEnterpriseAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointEnterpriseAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointEnterpriseAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppointEnterpriseAdminMutation, AppointEnterpriseAdminMutationVariables>;
export const AppointEnterpriseRecommenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointEnterpriseRecommender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointEnterpriseRecommender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppointEnterpriseRecommenderMutation, AppointEnterpriseRecommenderMutationVariables>;
export const SetEnterpriseChannelSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEnterpriseChannelSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeValidDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEnterpriseChannelSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchLimit"}}},{"kind":"Argument","name":{"kind":"Name","value":"codeValidDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeValidDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"batchLimit"}},{"kind":"Field","name":{"kind":"Name","value":"codeValidDays"}}]}}]}}]} as unknown as DocumentNode<SetEnterpriseChannelSettingsMutation, SetEnterpriseChannelSettingsMutationVariables>;
export const SubmitRecommendingUnitFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRecommendingUnitForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendingUnitFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRecommendingUnitForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentToSocietyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"engineersPerBatch"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryOrRegion"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chineseEngineersAbroad"}},{"kind":"Field","name":{"kind":"Name","value":"foreignEngineersHired"}},{"kind":"Field","name":{"kind":"Name","value":"meetingProfessionalBasics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryOrRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitRecommendingUnitFormMutation, SubmitRecommendingUnitFormMutationVariables>;
export const OpenRecommendationRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRecommendationRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRecommendationRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fieldCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<OpenRecommendationRightsMutation, OpenRecommendationRightsMutationVariables>;
export const WithdrawRecommendationRightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRecommendationRight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rightId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRecommendationRight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rightId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rightId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<WithdrawRecommendationRightMutation, WithdrawRecommendationRightMutationVariables>;
export const OpenApplicationRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenApplicationRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openApplicationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}}]}}]} as unknown as DocumentNode<OpenApplicationRoundMutation, OpenApplicationRoundMutationVariables>;
export const AssignRecommendationCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRecommendationCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRecommendationCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRecommendationCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationCodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<AssignRecommendationCodesMutation, AssignRecommendationCodesMutationVariables>;
export const RevokeRecommendationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRecommendationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRecommendationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationCodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RevokeRecommendationCodeMutation, RevokeRecommendationCodeMutationVariables>;
export const RedeemRecommendationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemRecommendationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemRecommendationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RedeemRecommendationCodeMutation, RedeemRecommendationCodeMutationVariables>;
export const SubmitPreApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPreApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPreApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPreApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SubmitPreApplicationMutation, SubmitPreApplicationMutationVariables>;
export const ScreenPreApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScreenPreApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenPreApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenPreApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ScreenPreApplicationMutation, ScreenPreApplicationMutationVariables>;
export const RequestExpertConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExpertConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preApplicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExpertConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preApplicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preApplicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RequestExpertConsultationMutation, RequestExpertConsultationMutationVariables>;
export const RecordExpertConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpertConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preApplicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpertConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preApplicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preApplicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordExpertConsultationMutation, RecordExpertConsultationMutationVariables>;
export const MyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engineersPerBatch"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendationRights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const RecommendingUnitFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendingUnitForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendingUnitForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentToSocietyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"engineersPerBatch"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendingUnitFormQuery, RecommendingUnitFormQueryVariables>;
export const RecommendationCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationCodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"engineerName"}},{"kind":"Field","name":{"kind":"Name","value":"engineerContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RecommendationCodesQuery, RecommendationCodesQueryVariables>;
export const EnterpriseRecommendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseRecommendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRecommendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preApplicationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"preApplicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"preApplicationSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseChannelProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedDays"}},{"kind":"Field","name":{"kind":"Name","value":"withinTarget"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseRecommendeesQuery, EnterpriseRecommendeesQueryVariables>;
export const RecommendeeDossierProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendeeDossierProbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"selfStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerPlanLongTerm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendeeDossierProbeQuery, RecommendeeDossierProbeQueryVariables>;
export const PreApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplicationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationQueueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PreApplicationsQuery, PreApplicationsQueryVariables>;
export const MyPreApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPreApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPreApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"experienceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"overseasProject"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningReason"}},{"kind":"Field","name":{"kind":"Name","value":"screenedByFederation"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultationHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyPreApplicationsQuery, MyPreApplicationsQueryVariables>;
export const ExaminersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Examiners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExaminerGrade"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examiners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExaminersQuery, ExaminersQueryVariables>;
export const ExaminerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Examiner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examiner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}}]}}]}}]} as unknown as DocumentNode<ExaminerQuery, ExaminerQueryVariables>;
export const GrantSocietyRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantSocietyRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantSocietyRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantSocietyRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"society"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantSocietyRoleMutation, GrantSocietyRoleMutationVariables>;
export const UpdateExaminerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExaminer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExaminerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExaminer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateExaminerMutation, UpdateExaminerMutationVariables>;
export const RevokeExaminerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeExaminer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeExaminer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RevokeExaminerMutation, RevokeExaminerMutationVariables>;
export const ExaminerViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExaminerViewerCan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examiner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<ExaminerViewerCanQuery, ExaminerViewerCanQueryVariables>;
export const FileDownloadUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileDownloadUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDownloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<FileDownloadUrlQuery, FileDownloadUrlQueryVariables>;
export const ScheduledJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduledJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFinishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastOutput"}}]}}]}}]} as unknown as DocumentNode<ScheduledJobsQuery, ScheduledJobsQueryVariables>;
export const ApplicationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApplicationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationProgressSubscription, ApplicationProgressSubscriptionVariables>;
export const WorkQueueChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkQueueChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workQueueChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkQueueChangesSubscription, WorkQueueChangesSubscriptionVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const PartnerBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionEn"}}]}}]}}]} as unknown as DocumentNode<PartnerBodiesQuery, PartnerBodiesQueryVariables>;
export const RecognitionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecognitionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gradeNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}}]}}]}}]} as unknown as DocumentNode<RecognitionCandidatesQuery, RecognitionCandidatesQueryVariables>;
export const RecognitionReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecognitionReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<RecognitionReferralsQuery, RecognitionReferralsQueryVariables>;
export const ReferForMutualRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferForMutualRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerBodyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referForMutualRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerBodyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerBodyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<ReferForMutualRecognitionMutation, ReferForMutualRecognitionMutationVariables>;
export const RecordReferralAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answeredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"answeredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answeredOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]} as unknown as DocumentNode<RecordReferralAnswerMutation, RecordReferralAnswerMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const SocietiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Societies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SocietyStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SocietiesQuery, SocietiesQueryVariables>;
export const EngineeringFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngineeringFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineeringFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"societies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EngineeringFieldsQuery, EngineeringFieldsQueryVariables>;
export const GradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ladder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ladder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ladder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladder"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"basicConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minRelevantWorkYears"}},{"kind":"Field","name":{"kind":"Name","value":"minMajorWorkYears"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsInFieldByEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsInField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSheets"}},{"kind":"Field","name":{"kind":"Name","value":"decidesPass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsMayConclude"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"lowerGradeSuggestible"}}]}}]}}]}}]} as unknown as DocumentNode<GradesQuery, GradesQueryVariables>;
export const FieldGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineeringField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladder"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<FieldGradesQuery, FieldGradesQueryVariables>;
export const CompetencyItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencyItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"professionalWording"}},{"kind":"Field","name":{"kind":"Name","value":"seniorWording"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceExamples"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompetencyItemsQuery, CompetencyItemsQueryVariables>;
export const CompetencyAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencyAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CompetencyAreasQuery, CompetencyAreasQueryVariables>;
export const EngineeringFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngineeringField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engineeringField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"societies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<EngineeringFieldQuery, EngineeringFieldQueryVariables>;
export const SocietiesViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocietiesViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<SocietiesViewerCanQuery, SocietiesViewerCanQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Examiner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"societyId"},"name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocietyBrandingFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"registrationStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"noticeId"},"name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"societyMember"}},{"kind":"Field","name":{"kind":"Name","value":"returnRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysTaken"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocietyBrandingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Examiner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const SuspendRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<SuspendRegistrationMutation, SuspendRegistrationMutationVariables>;
export const ApplyForRestorationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForRestoration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestorationApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForRestoration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<ApplyForRestorationMutation, ApplyForRestorationMutationVariables>;
export const RestoreRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<RestoreRegistrationMutation, RestoreRegistrationMutationVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const RevokeRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldEn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}}]}}]} as unknown as DocumentNode<RevokeRegistrationMutation, RevokeRegistrationMutationVariables>;
export const BarApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BarApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BarApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"barApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<BarApplicantMutation, BarApplicantMutationVariables>;
export const MyRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReasonKind"}},{"kind":"Field","name":{"kind":"Name","value":"restorationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reregistrationOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"reregistrationClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reregistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReregistrationState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const ReregistrationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReregistrationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reregistrationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReregistrationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<ReregistrationRequestsQuery, ReregistrationRequestsQueryVariables>;
export const RequestReregistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReregistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReregistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReregistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReregistrationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<RequestReregistrationMutation, RequestReregistrationMutationVariables>;
export const CheckReregistrationConditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckReregistrationConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckReregistrationConditionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkReregistrationConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReregistrationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<CheckReregistrationConditionsMutation, CheckReregistrationConditionsMutationVariables>;
export const DecideReregistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideReregistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReregistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReregistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReregistrationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReregistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReregistrationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpensOn"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"newValidUntil"}}]}}]} as unknown as DocumentNode<DecideReregistrationMutation, DecideReregistrationMutationVariables>;
export const RegistrationStatusChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationStatusChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"society"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationStatusChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"society"},"value":{"kind":"Variable","name":{"kind":"Name","value":"society"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reasonKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationStatusChangesQuery, RegistrationStatusChangesQueryVariables>;
export const FunnelReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FunnelReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"exits"}},{"kind":"Field","name":{"kind":"Name","value":"inStage"}}]}}]}}]} as unknown as DocumentNode<FunnelReportQuery, FunnelReportQueryVariables>;
export const CycleTimesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleTimesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTimesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"span"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"p50Days"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueShare"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineZh"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineEn"}}]}}]}}]} as unknown as DocumentNode<CycleTimesReportQuery, CycleTimesReportQueryVariables>;
export const ExaminerWorkloadReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExaminerWorkloadReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examinerWorkloadReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examinerId"}},{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"examinerName"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"meanTurnaroundHours"}}]}}]}}]} as unknown as DocumentNode<ExaminerWorkloadReportQuery, ExaminerWorkloadReportQueryVariables>;
export const RegistrationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinMonths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinMonths"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}}]}}]}}]} as unknown as DocumentNode<RegistrationReportQuery, RegistrationReportQueryVariables>;
export const CpdComplianceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CpdComplianceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cpdComplianceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"shortOfHours"}},{"kind":"Field","name":{"kind":"Name","value":"compliantShare"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"audited"}},{"kind":"Field","name":{"kind":"Name","value":"auditsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"auditsPending"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}}]}}]}}]} as unknown as DocumentNode<CpdComplianceReportQuery, CpdComplianceReportQueryVariables>;
export const ComplaintsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAssignment"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"investigating"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackGiven"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackP50Days"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackP90Days"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}}]}}]}}]} as unknown as DocumentNode<ComplaintsReportQuery, ComplaintsReportQueryVariables>;
export const ApplicationRoundsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationRoundsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationRoundsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societyCode"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingScreening"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsStarted"}}]}}]}}]} as unknown as DocumentNode<ApplicationRoundsReportQuery, ApplicationRoundsReportQueryVariables>;
export const ScoreSheetDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheetDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheetDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"categoryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"noteZh"}},{"kind":"Field","name":{"kind":"Name","value":"noteEn"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatable"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceZh"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoreSheetDefinitionsQuery, ScoreSheetDefinitionsQueryVariables>;
export const ScoringSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeWeight"}},{"kind":"Field","name":{"kind":"Name","value":"competencyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ScoringSettingsQuery, ScoringSettingsQueryVariables>;
export const SetScoringWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetScoringWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScoringWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeWeight"}},{"kind":"Field","name":{"kind":"Name","value":"competencyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetScoringWeightsMutation, SetScoringWeightsMutationVariables>;
export const SubmitScoreSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitScoreSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"examinerName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetCode"}},{"kind":"Field","name":{"kind":"Name","value":"sheetKind"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitScoreSheetMutation, SubmitScoreSheetMutationVariables>;
export const ApplicationScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"scoreSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"examinerName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetCode"}},{"kind":"Field","name":{"kind":"Name","value":"sheetKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoredResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"examinersAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"examinersComplete"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeWeight"}},{"kind":"Field","name":{"kind":"Name","value":"competencyWeight"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeAverage"}},{"kind":"Field","name":{"kind":"Name","value":"competencyAverage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationScoresQuery, ApplicationScoresQueryVariables>;
export const ScoredWorkQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoredWorkQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scoredResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreSheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoredWorkQueueQuery, ScoredWorkQueueQueryVariables>;
export const AuthorizeSocietyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeSociety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizeSocietyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeSociety"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizeSocietyMutation, AuthorizeSocietyMutationVariables>;
export const SuspendSocietyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendSociety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendSociety"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}}]}}]} as unknown as DocumentNode<SuspendSocietyMutation, SuspendSocietyMutationVariables>;
export const ReinstateSocietyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateSociety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateSociety"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReinstateSocietyMutation, ReinstateSocietyMutationVariables>;
export const SetClarificationPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClarificationPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClarificationPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationWorkingDays"}}]}}]}}]} as unknown as DocumentNode<SetClarificationPeriodMutation, SetClarificationPeriodMutationVariables>;
export const SocietyBrandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocietyBranding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"society"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocietyBrandingFields"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocietyBrandingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]}}]} as unknown as DocumentNode<SocietyBrandingQuery, SocietyBrandingQueryVariables>;
export const SocietiesBrandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocietiesBranding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"societies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocietyBrandingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocietyBrandingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]}}]} as unknown as DocumentNode<SocietiesBrandingQuery, SocietiesBrandingQueryVariables>;
export const UpdateSocietyBrandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSocietyBranding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocietyBrandingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSocietyBranding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocietyBrandingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocietyBrandingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Society"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]}}]} as unknown as DocumentNode<UpdateSocietyBrandingMutation, UpdateSocietyBrandingMutationVariables>;
export const SetSocietyContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSocietyContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPersonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSocietyContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SetSocietyContactsMutation, SetSocietyContactsMutationVariables>;
export const SetFederationComplaintContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFederationComplaintContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPersonInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFederationComplaintContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationEn"}}]}}]} as unknown as DocumentNode<SetFederationComplaintContactsMutation, SetFederationComplaintContactsMutationVariables>;