import { Migration } from '@mikro-orm/migrations';

/** The applicant's questionnaire about the interview, kept with the interview. */
export class Migration20261122090000_interview_questionnaire extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "interview" add column "questionnaire" jsonb null, add column "questionnaire_submitted_at" timestamptz null;`);
  }
}
