import { FilePurpose } from '../entities/enums';

/** The dossier's counted limits, from the application guide (seed 000) unless noted. */
export const DOSSIER_LIMITS = {
  orgCharts: 2,
  achievements: 6,
  optionalEvidence: 6,
  /** Recommended self-statement length: outside it a warning, not an error. */
  selfStatementRecommended: { min: 3000, max: 5000 },
  /** Hard cap so that one paste cannot fill the database; far above anything the guide asks for. */
  selfStatementMax: 30000,
  /** Not in the guide: each horizon of the career plan (1–3, 3–7, 7–10 years) is a few paragraphs at most. */
  careerPlanMax: 2000,
  /** Not in the guide: sensible caps so that lists stay lists. */
  educationEntries: 12,
  workHistoryEntries: 40,
  competencyClaims: 60,
} as const;

/** How many files of each purpose a dossier holds at most, and whether one is required to submit. */
export const FILE_RULES: Record<FilePurpose, { max: number; required: boolean; contentTypes: readonly string[] }> = {
  [FilePurpose.PHOTO]: { max: 1, required: true, contentTypes: ['image/jpeg', 'image/png'] },
  // Both sides of the ID card: one file with both, or one per side.
  [FilePurpose.ID_COPY]: { max: 2, required: true, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  [FilePurpose.DEGREE_EVIDENCE]: { max: 6, required: true, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  [FilePurpose.ORG_CHART]: { max: DOSSIER_LIMITS.orgCharts, required: true, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  [FilePurpose.EVIDENCE]: { max: DOSSIER_LIMITS.optionalEvidence, required: false, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  [FilePurpose.PLEDGE]: { max: 1, required: true, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  [FilePurpose.TITLE_PROOF]: { max: 3, required: false, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  // Supplements are attached through addSupplement, never to the frozen dossier itself.
  [FilePurpose.SUPPLEMENT]: { max: 0, required: false, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
  // CPD evidence is attached to a member's activity (attachCpdEvidence), never to a dossier.
  [FilePurpose.CPD_EVIDENCE]: { max: 0, required: false, contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] },
};

/** Evidence files one CPD activity may carry. */
export const CPD_EVIDENCE_PER_ACTIVITY = 6;
