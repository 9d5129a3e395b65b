import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/** Who may write a society's branding or contacts: a signed-in request acting in that society, or the federation. */
const SOCIETY_WRITER = `app_account_id() is not null and ((select app_is_federation()) or society_id = any (app_society_ids()))`;

/**
 * Society branding (issue 15): logo (a stored file), colours and site address per society, and published contact
 * people — a society's (society_id) or the federation's complaint contacts (no society). Everyone reads them (the
 * portal shows them before login); a society's rows are written inside its scope, the federation's by the federation.
 */
export class Migration20261130080000_society_branding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "society_branding" ("id" uuid not null, "society_id" uuid not null, "logo_file_id" uuid null, "primary_color" text null, "accent_color" text null, "site_url" text null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "society_branding_pkey" primary key ("id"));`);
    this.addSql(`alter table "society_branding" add constraint "society_branding_society_id_unique" unique ("society_id");`);
    this.addSql(`alter table "society_branding" add constraint "society_branding_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "society_branding" add constraint "society_branding_logo_file_id_foreign" foreign key ("logo_file_id") references "stored_file" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "society_branding" add constraint "society_branding_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "contact_person" ("id" uuid not null, "society_id" uuid null, "position" int not null, "organisation" text null, "organisation_en" text null, "name" text not null, "role" text null, "phone" text null, "email" text null, constraint "contact_person_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_person_society_id_position_index" on "contact_person" ("society_id", "position");`);
    this.addSql(`alter table "contact_person" add constraint "contact_person_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "society_branding" enable row level security;`);
    this.addSql(`create policy society_branding_read on "society_branding" for select using (true);`);
    this.addSql(`create policy society_branding_insert on "society_branding" for insert with check (${SOCIETY_WRITER});`);
    this.addSql(`create policy society_branding_update on "society_branding" for update using (${SOCIETY_WRITER}) with check (${SOCIETY_WRITER});`);

    const contactWriter = `case when society_id is null then app_account_id() is not null and (select app_is_federation()) else ${SOCIETY_WRITER} end`;
    this.addSql(`alter table "contact_person" enable row level security;`);
    this.addSql(`create policy contact_person_read on "contact_person" for select using (true);`);
    this.addSql(`create policy contact_person_insert on "contact_person" for insert with check (${contactWriter});`);
    this.addSql(`create policy contact_person_delete on "contact_person" for delete using (${contactWriter});`);

    this.addSql(`grant select, insert, update on "society_branding" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, delete on "contact_person" to ${APP_ROLE};`);
  }
}
