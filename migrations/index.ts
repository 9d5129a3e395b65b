import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_foundation } from './Migration20261122000000_foundation';
import { Migration20261122010000_dossier } from './Migration20261122010000_dossier';
import { Migration20261122020000_dossier_access } from './Migration20261122020000_dossier_access';
import { Migration20261122030000_material_review } from './Migration20261122030000_material_review';
import { Migration20261122040000_interview } from './Migration20261122040000_interview';
import { Migration20261122050000_comprehensive_review } from './Migration20261122050000_comprehensive_review';
import { Migration20261122060000_public_notice } from './Migration20261122060000_public_notice';
import { Migration20261122070000_registration } from './Migration20261122070000_registration';
import { Migration20261122080000_written_exam } from './Migration20261122080000_written_exam';
import { Migration20261122090000_interview_questionnaire } from './Migration20261122090000_interview_questionnaire';
import { Migration20261122100000_written_exam_sitting } from './Migration20261122100000_written_exam_sitting';
import { Migration20261122110000_examiner_revocation } from './Migration20261122110000_examiner_revocation';
import { Migration20261129004000_accounts_and_invitations } from './Migration20261129004000_accounts_and_invitations';
import { Migration20261129007000_comprehensive_review_rounds } from './Migration20261129007000_comprehensive_review_rounds';
import { Migration20261129008000_registration_number_by_grade } from './Migration20261129008000_registration_number_by_grade';
import { Migration20261129008100_bilingual_register } from './Migration20261129008100_bilingual_register';
import { Migration20261129020000_abuse_limits } from './Migration20261129020000_abuse_limits';
import { Migration20261129050000_security_walls } from './Migration20261129050000_security_walls';
import { Migration20261129100000_deadline_calendar } from './Migration20261129100000_deadline_calendar';
import { Migration20261129113000_written_exam_standard } from './Migration20261129113000_written_exam_standard';

/** Every migration in order. Listed explicitly so compiled and ts-node runs find the same set. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000000_foundation', class: Migration20261122000000_foundation },
  { name: 'Migration20261122010000_dossier', class: Migration20261122010000_dossier },
  { name: 'Migration20261122020000_dossier_access', class: Migration20261122020000_dossier_access },
  { name: 'Migration20261122030000_material_review', class: Migration20261122030000_material_review },
  { name: 'Migration20261122040000_interview', class: Migration20261122040000_interview },
  { name: 'Migration20261122050000_comprehensive_review', class: Migration20261122050000_comprehensive_review },
  { name: 'Migration20261122060000_public_notice', class: Migration20261122060000_public_notice },
  { name: 'Migration20261122070000_registration', class: Migration20261122070000_registration },
  { name: 'Migration20261122080000_written_exam', class: Migration20261122080000_written_exam },
  { name: 'Migration20261122090000_interview_questionnaire', class: Migration20261122090000_interview_questionnaire },
  { name: 'Migration20261122100000_written_exam_sitting', class: Migration20261122100000_written_exam_sitting },
  { name: 'Migration20261122110000_examiner_revocation', class: Migration20261122110000_examiner_revocation },
  { name: 'Migration20261129004000_accounts_and_invitations', class: Migration20261129004000_accounts_and_invitations },
  { name: 'Migration20261129007000_comprehensive_review_rounds', class: Migration20261129007000_comprehensive_review_rounds },
  { name: 'Migration20261129008000_registration_number_by_grade', class: Migration20261129008000_registration_number_by_grade },
  { name: 'Migration20261129008100_bilingual_register', class: Migration20261129008100_bilingual_register },
  { name: 'Migration20261129020000_abuse_limits', class: Migration20261129020000_abuse_limits },
  { name: 'Migration20261129050000_security_walls', class: Migration20261129050000_security_walls },
  { name: 'Migration20261129100000_deadline_calendar', class: Migration20261129100000_deadline_calendar },
  { name: 'Migration20261129113000_written_exam_standard', class: Migration20261129113000_written_exam_standard },
];
