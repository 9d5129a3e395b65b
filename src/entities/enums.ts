/** Lifecycle of an authorized society (tenant). A suspended society's staff can no longer act. */
export enum SocietyStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/** Roles a grant can carry; the scope (society, enterprise, federation) comes with the grant. */
export enum GrantRole {
  SOCIETY_STAFF = 'SOCIETY_STAFF',
  EXAMINER = 'EXAMINER',
  APPLICANT = 'APPLICANT',
  ENTERPRISE_RECOMMENDER = 'ENTERPRISE_RECOMMENDER',
  /** The enterprise's own admin (安排专人): appoints its recommenders; appointed by a society or the federation. */
  ENTERPRISE_ADMIN = 'ENTERPRISE_ADMIN',
  FEDERATION_ADMIN = 'FEDERATION_ADMIN',
  FEDERATION_COMMITTEE = 'FEDERATION_COMMITTEE',
  FEDERATION_SECRETARIAT = 'FEDERATION_SECRETARIAT',
  QUALITY_SUPERVISION = 'QUALITY_SUPERVISION',
}

/** 见习考官 / 正式考官. */
export enum ExaminerGrade {
  TRAINEE = 'TRAINEE',
  FORMAL = 'FORMAL',
}

/** Account lifecycle; a disabled account cannot log in. */
export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Roles that belong to the federation: they read across every tenant. */
export const FEDERATION_ROLES: ReadonlySet<GrantRole> = new Set([
  GrantRole.FEDERATION_ADMIN,
  GrantRole.FEDERATION_COMMITTEE,
  GrantRole.FEDERATION_SECRETARIAT,
  GrantRole.QUALITY_SUPERVISION,
]);

/** Roles held within one society: they need a society on the grant. */
export const SOCIETY_ROLES: ReadonlySet<GrantRole> = new Set([
  GrantRole.SOCIETY_STAFF,
  GrantRole.EXAMINER,
  GrantRole.APPLICANT,
]);

/** The way an application came in (DOMAIN.md §9); the enterprise channel arrives with recommendation codes. */
export enum ApplicationChannel {
  INDIVIDUAL = 'INDIVIDUAL',
  ENTERPRISE = 'ENTERPRISE',
}

/** Every stage of the procedure (DOMAIN.md §6), including those later work implements. */
export enum ApplicationStage {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED_FOR_COMPLETION = 'RETURNED_FOR_COMPLETION',
  FORM_CHECKED = 'FORM_CHECKED',
  RETURNED_FOR_CLARIFICATION = 'RETURNED_FOR_CLARIFICATION',
  BASIC_CONDITIONS_MET = 'BASIC_CONDITIONS_MET',
  ACCEPTED = 'ACCEPTED',
  MATERIAL_REVIEW = 'MATERIAL_REVIEW',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  WRITTEN_EXAM = 'WRITTEN_EXAM',
  INTERVIEW = 'INTERVIEW',
  COMPREHENSIVE_REVIEW = 'COMPREHENSIVE_REVIEW',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  FEDERATION_REVIEW = 'FEDERATION_REVIEW',
  AWAITING_REGISTRATION = 'AWAITING_REGISTRATION',
  REGISTERED = 'REGISTERED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  NOT_REGISTERED = 'NOT_REGISTERED',
  WITHDRAWN = 'WITHDRAWN',
  LAPSED = 'LAPSED',
}

/** Education levels, from senior high school upwards. */
export enum EducationLevel {
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
  OTHER = 'OTHER',
}

/** The three kinds of major engineering work (重要工程工作, DOMAIN.md §4). */
export enum MajorWorkKind {
  SMALL_PROJECT_FULL = 'SMALL_PROJECT_FULL',
  LARGE_PROJECT_PART = 'LARGE_PROJECT_PART',
  EMERGING_COMPLEX = 'EMERGING_COMPLEX',
}

/** Categories of professional achievements (相关专业成果). */
export enum AchievementCategory {
  TECHNICAL_REPORT = 'TECHNICAL_REPORT',
  STANDARD = 'STANDARD',
  PATENT = 'PATENT',
  AWARD = 'AWARD',
  PAPER_OR_BOOK = 'PAPER_OR_BOOK',
}

/** What an uploaded file is for in the dossier. */
export enum FilePurpose {
  PHOTO = 'PHOTO',
  ID_COPY = 'ID_COPY',
  DEGREE_EVIDENCE = 'DEGREE_EVIDENCE',
  ORG_CHART = 'ORG_CHART',
  EVIDENCE = 'EVIDENCE',
  PLEDGE = 'PLEDGE',
  TITLE_PROOF = 'TITLE_PROOF',
  SUPPLEMENT = 'SUPPLEMENT',
  /** Evidence of a member's CPD activity (after registration), never part of a dossier. */
  CPD_EVIDENCE = 'CPD_EVIDENCE',
}

/**
 * What verifies a degree (seed 000): the CHSI (学信网) record screenshot, or the overseas degree certification
 * issued by the Chinese Service Center for Scholarly Exchange (教育部留学服务中心国(境)外学历学位认证书).
 */
export enum DegreeEvidenceKind {
  CHSI_RECORD = 'CHSI_RECORD',
  OVERSEAS_DEGREE_CERTIFICATION = 'OVERSEAS_DEGREE_CERTIFICATION',
}

/** Recognised international engineer titles (simplified path, DOMAIN.md §5). */
export enum InternationalTitleKind {
  INT_PE = 'INT_PE',
  APEC_ENGINEER = 'APEC_ENGINEER',
  EUR_ING = 'EUR_ING',
  ACPE = 'ACPE',
  OTHER = 'OTHER',
}

/** What an examiner is assigned to do for an application. */
export enum AssignmentKind {
  MATERIAL_REVIEW = 'MATERIAL_REVIEW',
  INTERVIEW = 'INTERVIEW',
  REVIEW_GROUP = 'REVIEW_GROUP',
  PAPER_JUDGE = 'PAPER_JUDGE',
}

/** The review group's conclusion (seed 000 "综合审议"). */
export enum ComprehensiveReviewConclusion {
  REGISTER = 'REGISTER',
  NOT_REGISTER = 'NOT_REGISTER',
  REASSESS = 'REASSESS',
}

/** How an interview is held (seed 000: 现场、线上或线上线下结合). */
export enum InterviewMode {
  ONSITE = 'ONSITE',
  ONLINE = 'ONLINE',
  MIXED = 'MIXED',
}

/** The interview panel's conclusion. */
export enum InterviewConclusion {
  PASS = 'PASS',
  FAIL = 'FAIL',
}

/** A material reviewer's conclusion (seed 000 "材料审查"). */
export enum MaterialReviewConclusion {
  SUPPLEMENT = 'SUPPLEMENT',
  RECOMMEND = 'RECOMMEND',
  NOT_RECOMMEND = 'NOT_RECOMMEND',
}

/** What a recommending reviewer proposes next; NONE (no further assessment) only where the grade's route lets the materials conclude. */
export enum NextAssessment {
  NONE = 'NONE',
  WRITTEN_EXAM = 'WRITTEN_EXAM',
  INTERVIEW = 'INTERVIEW',
  BOTH = 'BOTH',
}

/** What became of an objection to a public notice. */
export enum ObjectionStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  UPHELD_NOT_REGISTERED = 'UPHELD_NOT_REGISTERED',
  UPHELD_REREVIEW = 'UPHELD_REREVIEW',
}

/** The federation committee's decision on one application of a batch. */
export enum FederationDecision {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** A registered member's standing (DOMAIN.md §8). */
export enum RegistrationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

/** The assessment methods (seed 000 "考核": 材料审查、笔试、面试). */
export enum AssessmentMethod {
  MATERIAL_REVIEW = 'MATERIAL_REVIEW',
  WRITTEN_EXAM = 'WRITTEN_EXAM',
  INTERVIEW = 'INTERVIEW',
}

/** What the body asked about a dossier's claim answered (seed 000: 向有关单位查询核实). */
export enum VerificationAnswer {
  CONFIRMED = 'CONFIRMED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  NO_ANSWER = 'NO_ANSWER',
}

/**
 * The kind of reason behind a registration's status change, as the public register shows it (seed 000
 * "证书暂停、恢复、注销、撤销"): not meeting the registration requirements (suspension), requirements met again
 * (restoration), no re-registration in time (cancellation), and the grounds of revocation.
 */
export enum RegistrationReasonKind {
  NOT_MEETING_REQUIREMENTS = 'NOT_MEETING_REQUIREMENTS',
  REQUIREMENTS_MET = 'REQUIREMENTS_MET',
  NO_REREGISTRATION = 'NO_REREGISTRATION',
  FALSE_EVIDENCE = 'FALSE_EVIDENCE',
  BREACH_OF_LAW = 'BREACH_OF_LAW',
  BREACH_OF_CODE_OF_CONDUCT = 'BREACH_OF_CODE_OF_CONDUCT',
  BREACH_OF_ETHICS = 'BREACH_OF_ETHICS',
}

/** The grounds on which a member is revoked, or an applicant barred, for life (seed 000 line "提供虚假佐证材料…"). */
export const BARRING_REASON_KINDS: ReadonlySet<RegistrationReasonKind> = new Set([
  RegistrationReasonKind.FALSE_EVIDENCE,
  RegistrationReasonKind.BREACH_OF_LAW,
  RegistrationReasonKind.BREACH_OF_CODE_OF_CONDUCT,
  RegistrationReasonKind.BREACH_OF_ETHICS,
]);

/** Where a re-registration request stands. */
export enum ReregistrationStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}

/** The conditions of re-registration (seed 000 "工程会员再注册申请应满足以下要求"), checked by staff. */
export enum ReregistrationCondition {
  /** 在注册期内遵守行为规范要求 */
  CONDUCT_KEPT = 'CONDUCT_KEPT',
  /** 完成注册期内要求的持续职业发展活动 */
  CPD_COMPLETED = 'CPD_COMPLETED',
  /** 在再注册时从事相关专业工作 */
  WORKING_IN_FIELD = 'WORKING_IN_FIELD',
  /** 如存在资格暂停、受到投诉等问题，应确保已妥善解决 */
  ISSUES_RESOLVED = 'ISSUES_RESOLVED',
  /** 获授权学会的其他相关要求 */
  SOCIETY_CONDITIONS = 'SOCIETY_CONDITIONS',
}

/** The language a person reads their messages in (templates exist in both). */
export enum Language {
  ZH = 'zh',
  EN = 'en',
}

/** How a notification reaches its recipient. */
export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
}

/** Delivery state of an outbox message: in-app messages are delivered by being written (SENT at once). */
export enum NotificationStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/** What a single-use account token proves when it comes back. */
export enum AccountTokenPurpose {
  SIGN_UP = 'SIGN_UP',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** Kinds of continuing professional development activity (seed 000: 在线学习及参加其他持续职业发展活动; T/CAS 919). */
export enum CpdActivityKind {
  ONLINE_LEARNING = 'ONLINE_LEARNING',
  TRAINING = 'TRAINING',
  CONFERENCE = 'CONFERENCE',
  TEACHING = 'TEACHING',
  PUBLICATION = 'PUBLICATION',
  SELF_STUDY = 'SELF_STUDY',
  OTHER = 'OTHER',
}

/** Where a member drawn for the yearly CPD audit stands: asked, answered, then accepted or rejected with reasons. */
export enum CpdAuditStatus {
  EVIDENCE_REQUESTED = 'EVIDENCE_REQUESTED',
  EVIDENCE_SUBMITTED = 'EVIDENCE_SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/**
 * What a complaint is about (seed 003 10.2; seed 000 申诉、投诉): a result (to the society, naming the decision), a
 * society's breach of procedure or rules, or its mismanagement (to the federation), or anyone's opinion (to the federation).
 */
export enum ComplaintKind {
  RESULT = 'RESULT',
  PROCEDURE_BREACH = 'PROCEDURE_BREACH',
  MISMANAGEMENT = 'MISMANAGEMENT',
  OPINION = 'OPINION',
}

/** Who handles a complaint now: the society, the federation's quality supervision committee, or (escalated) its secretariat (seed 000). */
export enum ComplaintHandler {
  SOCIETY = 'SOCIETY',
  QUALITY_SUPERVISION = 'QUALITY_SUPERVISION',
  SECRETARIAT = 'SECRETARIAT',
}

/** Where a complaint's handling stands (003 10.2.5: 受理、处理、反馈). */
export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  INVESTIGATING = 'INVESTIGATING',
  DECIDED = 'DECIDED',
  FEEDBACK_GIVEN = 'FEEDBACK_GIVEN',
}

/** One recorded step of a complaint's handling. */
export enum ComplaintStepAction {
  RECEIVE = 'RECEIVE',
  ASSIGN = 'ASSIGN',
  INVESTIGATE = 'INVESTIGATE',
  DECIDE = 'DECIDE',
  FEEDBACK = 'FEEDBACK',
  ESCALATE = 'ESCALATE',
}

/** The handler's conclusion. */
export enum ComplaintOutcome {
  UPHELD = 'UPHELD',
  PARTLY_UPHELD = 'PARTLY_UPHELD',
  DISMISSED = 'DISMISSED',
}

/** Where a referral to a partner body stands (seed 002: 根据互认需求将工程会员推荐到对方组织). */
export enum ReferralStatus {
  REFERRED = 'REFERRED',
  RECOGNISED = 'RECOGNISED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Roles held within one enterprise (a scope of its own, across societies): they name the enterprise. */
export const ENTERPRISE_ROLES: ReadonlySet<GrantRole> = new Set([GrantRole.ENTERPRISE_RECOMMENDER, GrantRole.ENTERPRISE_ADMIN]);

/** Where a pre-application (拟参加工程能力评价申请) stands after screening. */
export enum PreApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/** 项目类型 of an overseas key project (seed 002 附件 3). */
export enum OverseasProjectType {
  INVESTMENT = 'INVESTMENT',
  CONTRACTING = 'CONTRACTING',
  LABOUR = 'LABOUR',
  AID = 'AID',
  OTHER = 'OTHER',
}

/** 项目状态 of an overseas key project (seed 002 附件 3). */
export enum OverseasProjectStatus {
  PREPARING = 'PREPARING',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  AWAITING_HANDOVER = 'AWAITING_HANDOVER',
  OPERATING = 'OPERATING',
}
