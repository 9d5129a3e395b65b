import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Federation review by sampling, registrations (the public register) and the registration-number sequence. */
export class Migration20261122070000_registration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "registration_status" as enum ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'REVOKED');`);
    this.addSql(`create type "federation_decision" as enum ('PENDING', 'APPROVED', 'RETURNED');`);
    this.addSql(`create table "registration" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "member_id" uuid not null, "registration_number" text not null, "name" text not null, "employer" text null, "field_name_zh" text not null, "grade_name_zh" text not null, "valid_from" date not null, "valid_until" date not null, "status" "registration_status" not null default 'ACTIVE', "confirmed_by_id" uuid not null, "registered_at" timestamptz not null, constraint "registration_pkey" primary key ("id"));`);
    this.addSql(`create index "registration_name_index" on "registration" ("name");`);
    this.addSql(`alter table "registration" add constraint "registration_registration_number_unique" unique ("registration_number");`);
    this.addSql(`create table "federation_review_entry" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "sampled" boolean not null, "decision" "federation_decision" not null default 'PENDING', "reasons" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "submitted_at" timestamptz not null, constraint "federation_review_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "federation_review_entry_application_id_index" on "federation_review_entry" ("application_id");`);
    this.addSql(`alter table "registration" add constraint "registration_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "registration" add constraint "registration_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "registration" add constraint "registration_member_id_foreign" foreign key ("member_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "registration" add constraint "registration_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "federation_review_entry" add constraint "federation_review_entry_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "federation_review_entry" add constraint "federation_review_entry_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "federation_review_entry" add constraint "federation_review_entry_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('federation_review_entry')) this.addSql(sql);
    // The register is public by design; only the federation or the member's society writes it.
    this.addSql(`alter table "registration" enable row level security;`);
    this.addSql(`create policy registration_read on "registration" for select using (true);`);
    this.addSql(`create policy registration_write on "registration" for insert with check (app_is_federation() or society_id = any (app_society_ids()));`);
    this.addSql(`create policy registration_update on "registration" for update using (app_is_federation() or society_id = any (app_society_ids()));`);
    // One counter per year: "insert … on conflict do update … returning" hands out numbers that never collide.
    this.addSql(`create table "registration_sequence" ("year" int not null, "last_value" int not null, constraint "registration_sequence_pkey" primary key ("year"));`);
    this.addSql(`grant select, insert, update on "federation_review_entry", "registration", "registration_sequence" to ${APP_ROLE};`);
  }
}
