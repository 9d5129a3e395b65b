import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** The comprehensive review: the review group as assignments, and its decision. */
export class Migration20261122050000_comprehensive_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "comprehensive_review_conclusion" as enum ('REGISTER', 'NOT_REGISTER', 'REASSESS');`);
    this.addSql(`create table "comprehensive_review" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "conclusion" "comprehensive_review_conclusion" not null, "reasons" text null, "reassess_stage" "application_stage" null, "decided_by_id" uuid not null, "decided_at" timestamptz not null, constraint "comprehensive_review_pkey" primary key ("id"));`);
    this.addSql(`create index "comprehensive_review_application_id_index" on "comprehensive_review" ("application_id");`);
    this.addSql(`alter table "comprehensive_review" add constraint "comprehensive_review_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "comprehensive_review" add constraint "comprehensive_review_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comprehensive_review" add constraint "comprehensive_review_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter type "assignment_kind" add value if not exists 'REVIEW_GROUP' after 'INTERVIEW';`);
    for (const sql of tenantRlsStatements('comprehensive_review')) this.addSql(sql);
    // A decision is final: the API may add one, never change it.
    this.addSql(`grant select, insert on "comprehensive_review" to ${APP_ROLE};`);
  }
}
