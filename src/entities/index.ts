import { Account } from './account.entity';
import { AccountStatusChange } from './account-status-change.entity';
import { Achievement } from './achievement.entity';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationSupplement } from './application-supplement.entity';
import { Application } from './application.entity';
import { Assignment } from './assignment.entity';
import { ConflictDeclaration } from './conflict-declaration.entity';
import { MaterialReview } from './material-review.entity';
import { ComprehensiveReview } from './comprehensive-review.entity';
import { Objection } from './objection.entity';
import { FederationReviewEntry } from './federation-review-entry.entity';
import { Registration } from './registration.entity';
import { Certificate } from './certificate.entity';
import { BarredIdentity } from './barred-identity.entity';
import { ReregistrationRequest } from './reregistration-request.entity';
import { WrittenExamScore } from './written-exam-score.entity';
import { WrittenExamSitting } from './written-exam-sitting.entity';
import { VerificationRequest } from './verification-request.entity';
import { CpdActivity } from './cpd-activity.entity';
import { CpdEvidence } from './cpd-evidence.entity';
import { CpdSummary } from './cpd-summary.entity';
import { CpdAuditDraw } from './cpd-audit-draw.entity';
import { CpdAudit } from './cpd-audit.entity';
import { CpdSetting } from './cpd-setting.entity';
import { PartnerBody } from './partner-body.entity';
import { RecognitionReferral } from './recognition-referral.entity';
import { Complaint } from './complaint.entity';
import { ComplaintStep } from './complaint-step.entity';
import { ComplaintTarget } from './complaint-target.entity';
import { MemberRecord } from './member-record.entity';
import { WrittenExamStandard } from './written-exam-standard.entity';
import { PublicNoticeEntry } from './public-notice-entry.entity';
import { PublicNotice } from './public-notice.entity';
import { Interview } from './interview.entity';
import { CompetencyClaim } from './competency-claim.entity';
import { EducationEntry } from './education-entry.entity';
import { StoredFile } from './stored-file.entity';
import { WorkHistoryEntry } from './work-history-entry.entity';
import { WorkingDayOverrideRow } from './working-day-override.entity';
import { HolidayArrangement } from './holiday-arrangement.entity';
import { CompetencyArea } from './competency-area.entity';
import { CompetencyItem } from './competency-item.entity';
import { DossierAccess } from './dossier-access.entity';
import { DossierPart } from './dossier-part.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { RecommendingUnitForm } from './recommending-unit-form.entity';
import { RecommendationRight } from './recommendation-right.entity';
import { RecommendingUnitFormRecipient } from './recommending-unit-form-recipient.entity';
import { RecommendationCode } from './recommendation-code.entity';
import { ApplicationRound } from './application-round.entity';
import { PreApplication } from './pre-application.entity';
import { Grade } from './grade.entity';
import { RoleGrant } from './role-grant.entity';
import { SocietyField } from './society-field.entity';
import { SocietyBranding } from './society-branding.entity';
import { ContactPerson } from './contact-person.entity';
import { Society } from './society.entity';
import { Specialty } from './specialty.entity';
import { SocietyInvitation } from './society-invitation.entity';
import { Notification } from './notification.entity';
import { AccountToken } from './account-token.entity';
import { ExaminerScoreSheet } from './examiner-score-sheet.entity';
import { ScoringSetting } from './scoring-setting.entity';

/** Every entity the ORM knows, listed explicitly (no folder scanning, so builds and tests see the same set). */
export const ENTITIES = [
  Account,
  AccountStatusChange,
  Achievement,
  Application,
  ApplicationEvent,
  ApplicationSupplement,
  Assignment,
  CompetencyClaim,
  ComprehensiveReview,
  ConflictDeclaration,
  EducationEntry,
  FederationReviewEntry,
  Interview,
  MaterialReview,
  Objection,
  PublicNotice,
  PublicNoticeEntry,
  Registration,
  Certificate,
  BarredIdentity,
  ReregistrationRequest,
  StoredFile,
  WorkHistoryEntry,
  WorkingDayOverrideRow,
  HolidayArrangement,
  WrittenExamScore,
  WrittenExamSitting,
  VerificationRequest,
  WrittenExamStandard,
  CpdActivity,
  CpdEvidence,
  CpdSummary,
  CpdAuditDraw,
  CpdAudit,
  CpdSetting,
  Complaint,
  ComplaintStep,
  ComplaintTarget,
  PartnerBody,
  RecognitionReferral,
  MemberRecord,
  CompetencyArea,
  CompetencyItem,
  DossierAccess,
  DossierPart,
  EngineeringField,
  Enterprise,
  RecommendingUnitForm,
  RecommendingUnitFormRecipient,
  RecommendationRight,
  RecommendationCode,
  ApplicationRound,
  PreApplication,
  Grade,
  RoleGrant,
  Society,
  SocietyField,
  SocietyBranding,
  ContactPerson,
  SocietyInvitation,
  Specialty,
  Notification,
  AccountToken,
  ExaminerScoreSheet,
  ScoringSetting,
];

/** Entities whose rows belong to one society: the tenant filter and RLS apply to them. */
export const TENANT_ENTITIES: string[] = [
  RoleGrant.name,
  SocietyInvitation.name,
  Application.name,
  ApplicationEvent.name,
  ApplicationSupplement.name,
  Assignment.name,
  ConflictDeclaration.name,
  MaterialReview.name,
  Interview.name,
  ComprehensiveReview.name,
  PublicNotice.name,
  PublicNoticeEntry.name,
  Objection.name,
  FederationReviewEntry.name,
  WrittenExamScore.name,
  WrittenExamSitting.name,
  VerificationRequest.name,
  CpdActivity.name,
  CpdEvidence.name,
  CpdSummary.name,
  CpdAuditDraw.name,
  CpdAudit.name,
  CpdSetting.name,
  RecognitionReferral.name,
  WrittenExamStandard.name,
  Achievement.name,
  CompetencyClaim.name,
  DossierAccess.name,
  EducationEntry.name,
  StoredFile.name,
  WorkHistoryEntry.name,
  ReregistrationRequest.name,
  ExaminerScoreSheet.name,
  ScoringSetting.name,
  PreApplication.name,
  ApplicationRound.name,
  RecommendationCode.name,
  RecommendationRight.name,
];

export {
  AccountStatusChange,
  ExaminerScoreSheet,
  ScoringSetting,
  PartnerBody,
  RecognitionReferral,
  Complaint,
  ComplaintStep,
  ComplaintTarget,
  CpdSetting,
  CpdActivity,
  CpdEvidence,
  CpdSummary,
  CpdAuditDraw,
  CpdAudit,
  Account,
  Assignment,
  ConflictDeclaration,
  MaterialReview,
  Interview,
  ComprehensiveReview,
  Objection,
  PublicNotice,
  PublicNoticeEntry,
  FederationReviewEntry,
  Registration,
  Certificate,
  BarredIdentity,
  ReregistrationRequest,
  WrittenExamScore,
  WrittenExamSitting,
  VerificationRequest,
  WrittenExamStandard,
  DossierAccess,
  Achievement,
  Application,
  ApplicationEvent,
  ApplicationSupplement,
  CompetencyClaim,
  EducationEntry,
  StoredFile,
  WorkHistoryEntry,
  WorkingDayOverrideRow,
  HolidayArrangement,
  CompetencyArea,
  CompetencyItem,
  EngineeringField,
  Enterprise,
  RecommendingUnitForm,
  RecommendingUnitFormRecipient,
  RecommendationRight,
  RecommendationCode,
  ApplicationRound,
  PreApplication,
  Grade,
  RoleGrant,
  Society,
  SocietyField,
  SocietyInvitation,
  Specialty,
  Notification,
  AccountToken,
  SocietyBranding,
  ContactPerson,
};
