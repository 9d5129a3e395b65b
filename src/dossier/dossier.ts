import type { Achievement, Application, CompetencyClaim, EducationEntry, Grade, StoredFile, WorkHistoryEntry } from '../entities';

/** A whole dossier as validation and eligibility read it: the application and every list part, ordered. */
export interface Dossier {
  application: Application;
  grade: Grade;
  fieldCode: string;
  education: EducationEntry[];
  workHistory: WorkHistoryEntry[];
  claims: CompetencyClaim[];
  achievements: Achievement[];
  files: StoredFile[];
}
