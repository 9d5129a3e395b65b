import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Public notices of proposed registrants, their entries, and objections. */
export class Migration20261122060000_public_notice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "objection_status" as enum ('OPEN', 'DISMISSED', 'UPHELD_NOT_REGISTERED', 'UPHELD_REREVIEW');`);
    this.addSql(`create table "public_notice" ("id" uuid not null, "society_id" uuid not null, "title" text not null, "starts_on" date not null, "ends_on" date not null, "published_by_id" uuid not null, "published_at" timestamptz not null, "closed_at" timestamptz null, constraint "public_notice_pkey" primary key ("id"));`);
    this.addSql(`create index "public_notice_society_id_starts_on_index" on "public_notice" ("society_id", "starts_on");`);
    this.addSql(`create table "public_notice_entry" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "notice_id" uuid not null, constraint "public_notice_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "public_notice_entry" add constraint "public_notice_entry_notice_id_application_id_unique" unique ("notice_id", "application_id");`);
    this.addSql(`create table "objection" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "notice_id" uuid not null, "content" text not null, "contact" text null, "status" "objection_status" not null default 'OPEN', "resolution" text null, "resolved_by_id" uuid null, "resolved_at" timestamptz null, "lodged_at" timestamptz not null, constraint "objection_pkey" primary key ("id"));`);
    this.addSql(`create index "objection_notice_id_status_index" on "objection" ("notice_id", "status");`);
    this.addSql(`alter table "public_notice" add constraint "public_notice_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "public_notice" add constraint "public_notice_published_by_id_foreign" foreign key ("published_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "public_notice_entry" add constraint "public_notice_entry_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "public_notice_entry" add constraint "public_notice_entry_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "public_notice_entry" add constraint "public_notice_entry_notice_id_foreign" foreign key ("notice_id") references "public_notice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "objection" add constraint "objection_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_notice_id_foreign" foreign key ("notice_id") references "public_notice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_resolved_by_id_foreign" foreign key ("resolved_by_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const table of ['public_notice', 'public_notice_entry', 'objection']) for (const sql of tenantRlsStatements(table)) this.addSql(sql);
    this.addSql(`grant select, insert, update on "public_notice", "objection" to ${APP_ROLE};`);
    this.addSql(`grant select, insert on "public_notice_entry" to ${APP_ROLE};`);
  }
}
