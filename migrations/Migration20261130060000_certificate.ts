import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Certificates as issues of a registration (issue 13): the first is issued at registration, each
 * re-registration issues the next and supersedes the earlier ones. Public to read, like the register; only the
 * member's society or the federation writes. Registrations made before this migration get their first issue.
 */
export class Migration20261130060000_certificate extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certificate" ("id" uuid not null, "registration_id" uuid not null, "society_id" uuid not null, "serial" int not null, "valid_from" date not null, "valid_until" date not null, "issued_by_id" uuid not null, "issued_at" timestamptz not null, "superseded_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_registration_id_index" on "certificate" ("registration_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_registration_id_serial_unique" unique ("registration_id", "serial");`);
    this.addSql(`alter table "certificate" add constraint "certificate_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "certificate" add constraint "certificate_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "certificate" add constraint "certificate_issued_by_id_foreign" foreign key ("issued_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`insert into "certificate" ("id", "registration_id", "society_id", "serial", "valid_from", "valid_until", "issued_by_id", "issued_at")
      select gen_random_uuid(), "id", "society_id", 1, "valid_from", "valid_until", "confirmed_by_id", "registered_at" from "registration";`);
    this.addSql(`alter table "certificate" enable row level security;`);
    this.addSql(`create policy certificate_read on "certificate" for select using (true);`);
    this.addSql(`create policy certificate_write on "certificate" for insert with check ((select app_is_federation()) or society_id = any (app_society_ids()));`);
    this.addSql(`create policy certificate_update on "certificate" for update using ((select app_is_federation()) or society_id = any (app_society_ids()));`);
    this.addSql(`grant select, insert, update on "certificate" to ${APP_ROLE};`);
  }
}
