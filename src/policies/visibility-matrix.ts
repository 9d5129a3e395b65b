import { ApplicationStage } from '../entities/enums';
import type { ApplicationRelation } from './relations';

/** The parts of a dossier DOMAIN.md §7 decides visibility for. */
export type DossierPartName =
  | 'procedure'
  | 'identity'
  | 'idDocuments'
  | 'contact'
  | 'dossierContent'
  | 'referees'
  | 'materialReviews'
  | 'assessors'
  | 'interviewRecord'
  | 'interviewOutcome'
  | 'reviewConclusion'
  | 'writtenExam'
  | 'questionnaire'
  | 'verification'
  | 'scoreSheets'
  | 'scoredResult';

/** Always, or only in some stages. */
type Access = true | ((stage: ApplicationStage) => boolean);

const FEDERATION_REVIEW_STAGES: ReadonlySet<ApplicationStage> = new Set([ApplicationStage.FEDERATION_REVIEW]);
/** From the federation's review to the register: where the secretariat's work on an application lies. */
const REGISTRATION_STAGES: ReadonlySet<ApplicationStage> = new Set([
  ApplicationStage.FEDERATION_REVIEW, ApplicationStage.AWAITING_REGISTRATION, ApplicationStage.REGISTERED,
]);
// §7 lists no column for written-exam judges: they are assessors like the material reviewers and see what they see.
const PUBLIC_STAGES: ReadonlySet<ApplicationStage> = new Set([ApplicationStage.PUBLIC_NOTICE, ApplicationStage.REGISTERED]);

/** Stages in which the society's result is out: from the public notice on, and a refusal. */
const RESULT_STAGES: ReadonlySet<ApplicationStage> = new Set([
  ApplicationStage.PUBLIC_NOTICE, ApplicationStage.FEDERATION_REVIEW, ApplicationStage.AWAITING_REGISTRATION, ApplicationStage.REGISTERED,
  ApplicationStage.NOT_REGISTERED,
]);

/** The score-sheet rows (issue 10), added to the matrix below. */
const SCORE_PARTS = {
  // One examiner's score sheets are like their review: the assessors, staff, the review group and the federation's
  // review; never the applicant, the public or the enterprise (an examiner sees the others' only after their own:
  // score-sheet.policy.ts).
  scoreSheets: {
    SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true,
  },
  // The weighted result with the society's weights and pass mark: the same readers, and the applicant once the
  // society's result is out (seed 003 8.3: 公示), never before; never the public.
  scoredResult: {
    SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true, APPLICANT: (stage: ApplicationStage) => RESULT_STAGES.has(stage),
  },
} satisfies Partial<Record<DossierPartName, Partial<Record<ApplicationRelation, Access>>>>;

/**
 * DOMAIN.md §7, the baseline matrix, as data: dossier part × relation. Anything not listed is denied.
 * Federation admins and the quality supervision committee are not columns of §7: they see the procedure
 * and who applied, nothing of the dossier's content (least privilege until the documents say otherwise).
 */
export const VISIBILITY_MATRIX: Record<DossierPartName, Partial<Record<ApplicationRelation, Access>>> = {
  procedure: {
    APPLICANT: true, SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, PAPER_JUDGE: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true, FEDERATION_ADMIN: true, QUALITY_SUPERVISION: true, RECOMMENDING_ENTERPRISE: true,
  },
  identity: {
    APPLICANT: true, SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, PAPER_JUDGE: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true, FEDERATION_ADMIN: true, QUALITY_SUPERVISION: true, RECOMMENDING_ENTERPRISE: true,
    PUBLIC: (stage) => PUBLIC_STAGES.has(stage),
  },
  // The chief checks identity at the interview; the secretariat registers and keeps the register. Each only in the
  // stages of that work (issue 16): an ID copy is not theirs to read while the society is still assessing.
  idDocuments: {
    APPLICANT: true, SOCIETY_STAFF: true,
    INTERVIEW_CHIEF: (stage) => stage === ApplicationStage.INTERVIEW,
    FEDERATION_SECRETARIAT: (stage) => REGISTRATION_STAGES.has(stage),
  },
  contact: { APPLICANT: true, SOCIETY_STAFF: true },
  dossierContent: {
    APPLICANT: true, SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, PAPER_JUDGE: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: (stage) => FEDERATION_REVIEW_STAGES.has(stage),
    FEDERATION_SECRETARIAT: (stage) => FEDERATION_REVIEW_STAGES.has(stage),
  },
  referees: { APPLICANT: true, SOCIETY_STAFF: true },
  // One examiner's review: never the applicant (who sees the consolidated request). A reviewer sees the
  // others' only after submitting their own: the resolver filters (reviewer independence).
  materialReviews: {
    SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true,
  },
  // Who assesses whom: the applicant never learns the names of individual reviewers.
  assessors: { SOCIETY_STAFF: true, REVIEW_GROUP: true, FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true },
  // The record and the deliberation: not the material reviewers, not the applicant.
  interviewRecord: { SOCIETY_STAFF: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true, FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true },
  // The applicant sees the outcome (the advice only after registration: the resolver withholds it before).
  interviewOutcome: {
    APPLICANT: true, SOCIETY_STAFF: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true, FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true,
  },
  // The comprehensive review's conclusion and reasons: the applicant is told (seed 000: 书面通知并说明理由).
  // Written-exam marks: the assessors and the federation (§7 does not list the exam; marks are treated like reviews).
  writtenExam: {
    SOCIETY_STAFF: true, PAPER_JUDGE: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true, FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true,
  },
  // The applicant's rating of the interviewers: never the interviewers themselves.
  questionnaire: { APPLICANT: true, SOCIETY_STAFF: true, QUALITY_SUPERVISION: true, FEDERATION_COMMITTEE: true },
  reviewConclusion: { APPLICANT: true, SOCIETY_STAFF: true, REVIEW_GROUP: true, FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true },
  // Verification of authenticity (seed 000: 可委托获授权学会向有关单位查询核实): the examiner's doubt, whom the society
  // asked and the answer are evidence for the assessment, so every assessor and the federation's review see them.
  // Not the applicant: they know from the form that referees and employers may be contacted (通过证明人联系相关单位核实),
  // but the doubt and the answer are the assessors' (like the reviews), and showing them while the assessment runs
  // would let the applicant lean on the people asked. A doubt that matters reaches them through the assessors'
  // decisions and their reasons. Not the public, the enterprise, the federation admins or quality supervision.
  verification: {
    SOCIETY_STAFF: true, MATERIAL_REVIEWER: true, PAPER_JUDGE: true, INTERVIEW_PANEL: true, INTERVIEW_CHIEF: true, REVIEW_GROUP: true,
    FEDERATION_COMMITTEE: true, FEDERATION_SECRETARIAT: true,
  },
  ...SCORE_PARTS,
};

/** Whether any of the viewer's relations may see a part of the dossier in the application's stage. */
export function canSee(relations: ReadonlySet<ApplicationRelation>, part: DossierPartName, stage: ApplicationStage): boolean {
  const row = VISIBILITY_MATRIX[part];
  for (const relation of relations) {
    const access = row[relation];
    if (access === true || (typeof access === 'function' && access(stage))) return true;
  }
  return false;
}
