import { Migration } from '@mikro-orm/migrations';

/**
 * Rule 7 of the guide (seed 000): the consent to verification given on submission and its time, the
 * self-statement's career plan in three horizons, and which verification a degree-evidence file is.
 * The tables keep their grants and RLS policies: new columns of "application" and "stored_file" need nothing more.
 */
export class Migration20261129111000_submission_consent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application" add column "career_plan_short_term" text null, add column "career_plan_mid_term" text null, add column "career_plan_long_term" text null, add column "verification_consent_at" timestamptz null;`);
    this.addSql(`create type "degree_evidence_kind" as enum ('CHSI_RECORD', 'OVERSEAS_DEGREE_CERTIFICATION');`);
    this.addSql(`alter table "stored_file" add column "degree_evidence_kind" "degree_evidence_kind" null;`);
    // Only degree evidence has a kind.
    this.addSql(`alter table "stored_file" add constraint "stored_file_degree_evidence_kind_check" check (degree_evidence_kind is null or purpose = 'DEGREE_EVIDENCE');`);
  }
}
