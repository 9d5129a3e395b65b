import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Examiner assignments, declared conflicts of interest and material reviews (the first assessment stage). */
export class Migration20261122030000_material_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "assignment_kind" as enum ('MATERIAL_REVIEW');`);
    this.addSql(`create type "material_review_conclusion" as enum ('SUPPLEMENT', 'RECOMMEND', 'NOT_RECOMMEND');`);
    this.addSql(`create type "next_assessment" as enum ('NONE', 'WRITTEN_EXAM', 'INTERVIEW', 'BOTH');`);
    this.addSql(`create table "conflict_declaration" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "examiner_id" uuid not null, "reason" text not null, "declared_at" timestamptz not null, constraint "conflict_declaration_pkey" primary key ("id"));`);
    this.addSql(`alter table "conflict_declaration" add constraint "conflict_declaration_application_id_examiner_id_unique" unique ("application_id", "examiner_id");`);
    this.addSql(`create table "assignment" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "examiner_id" uuid not null, "kind" "assignment_kind" not null, "assigned_at" timestamptz not null, "removed_at" timestamptz null, "removal_reason" text null, constraint "assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "assignment_examiner_id_index" on "assignment" ("examiner_id");`);
    this.addSql(`create index "assignment_application_id_kind_index" on "assignment" ("application_id", "kind");`);
    this.addSql(`create table "material_review" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "assignment_id" uuid not null, "round" int not null, "conclusion" "material_review_conclusion" not null, "supplement_areas" text[] not null default '{}', "supplement_all_items" boolean null, "questions" text null, "next_assessment" "next_assessment" null, "probe_points" text null, "reasons" text null, "lower_grade_suggestion" text null, "submitted_at" timestamptz not null, constraint "material_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "material_review" add constraint "material_review_assignment_id_round_unique" unique ("assignment_id", "round");`);
    this.addSql(`alter table "conflict_declaration" add constraint "conflict_declaration_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "conflict_declaration" add constraint "conflict_declaration_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conflict_declaration" add constraint "conflict_declaration_examiner_id_foreign" foreign key ("examiner_id") references "role_grant" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assignment" add constraint "assignment_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assignment" add constraint "assignment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_examiner_id_foreign" foreign key ("examiner_id") references "role_grant" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "material_review" add constraint "material_review_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "material_review" add constraint "material_review_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "material_review" add constraint "material_review_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add column "review_round" int not null default 1;`);

    for (const table of ['assignment', 'conflict_declaration', 'material_review']) for (const sql of tenantRlsStatements(table)) this.addSql(sql);
    // Assignments end (removed_at), they are never deleted; declarations and submitted reviews are final.
    this.addSql(`grant select, insert, update on "assignment" to ${APP_ROLE};`);
    this.addSql(`grant select, insert on "conflict_declaration", "material_review" to ${APP_ROLE};`);
  }
}
