import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** The dossier access log: every read of a dossier part by someone other than its applicant. */
export class Migration20261122020000_dossier_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "dossier_access" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "reader_id" uuid not null, "parts" text[] not null, "at" timestamptz not null, constraint "dossier_access_pkey" primary key ("id"));`);
    this.addSql(`create index "dossier_access_application_id_at_index" on "dossier_access" ("application_id", "at");`);
    this.addSql(`alter table "dossier_access" add constraint "dossier_access_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dossier_access" add constraint "dossier_access_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dossier_access" add constraint "dossier_access_reader_id_foreign" foreign key ("reader_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('dossier_access')) this.addSql(sql);
    // An audit trail the API can add to but never rewrite.
    this.addSql(`grant select, insert on "dossier_access" to ${APP_ROLE};`);
  }
}
