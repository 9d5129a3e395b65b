import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** A result is whole or absent: whom, when, the answer, who recorded it and when (the entity declares the same check). */
const RESULT_WHOLE =
  '(answer is null and asked_whom is null and asked_on is null and recorded_by_id is null and recorded_at is null) or ' +
  '(answer is not null and asked_whom is not null and asked_on is not null and recorded_by_id is not null and recorded_at is not null)';

/**
 * Verification of authenticity (seed 000: 可委托获授权学会向有关单位查询核实): an examiner's request to check a dossier's
 * claim, and the society's record of whom it asked and what came back. Staff fill the record once (an update of the
 * null columns); nothing is ever deleted.
 */
export class Migration20261129112000_verification_request extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "verification_answer" as enum ('CONFIRMED', 'NOT_CONFIRMED', 'NO_ANSWER');`);
    this.addSql(`create table "verification_request" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "requested_by_id" uuid not null, "concerns" text not null, "created_at" timestamptz not null, "asked_whom" text null, "asked_contact" text null, "asked_on" date null, "answer" "verification_answer" null, "answer_note" text null, "recorded_by_id" uuid null, "recorded_at" timestamptz null, constraint "verification_request_pkey" primary key ("id"));`);
    this.addSql(`create index "verification_request_application_id_index" on "verification_request" ("application_id");`);
    this.addSql(`alter table "verification_request" add constraint "verification_request_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "verification_request" add constraint "verification_request_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "verification_request" add constraint "verification_request_requested_by_id_foreign" foreign key ("requested_by_id") references "role_grant" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "verification_request" add constraint "verification_request_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "verification_request" add constraint "verification_request_result_check" check (${RESULT_WHOLE});`);
    for (const sql of tenantRlsStatements('verification_request')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "verification_request" to ${APP_ROLE};`);
  }
}
