import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Score sheets (issue 10, seed 003 Appendices B and C): each examiner's filled-in sheet, one per application, examiner,
 * sheet and round (the database refuses a second), and each society's weights and pass mark per category.
 */
export class Migration20261201030000_score_sheets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "examiner_score_sheet" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "assignment_id" uuid not null, "examiner_id" uuid not null, "assessment" text not null, "sheet_code" text not null, "sheet_kind" text not null, "round" int not null, "entries" jsonb not null, "item_scores" jsonb not null, "total" double precision not null, "submitted_at" timestamptz not null, constraint "examiner_score_sheet_pkey" primary key ("id"));`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_one_per_round" unique ("application_id", "examiner_id", "sheet_code", "assessment", "round");`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_kind_check" check (sheet_kind = 'QUANTITATIVE' or sheet_kind = 'COMPETENCY');`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_assessment_check" check (assessment = 'MATERIALS' or assessment = 'INTERVIEW');`);
    this.addSql(`create index "examiner_score_sheet_application_id_round_index" on "examiner_score_sheet" ("application_id", "round");`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "examiner_score_sheet" add constraint "examiner_score_sheet_examiner_id_foreign" foreign key ("examiner_id") references "role_grant" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('examiner_score_sheet')) this.addSql(sql);
    this.addSql(`grant select, insert on "examiner_score_sheet" to ${APP_ROLE};`);

    this.addSql(`create table "scoring_setting" ("id" uuid not null, "society_id" uuid not null, "category_code" text not null, "quantitative_weight" int not null, "competency_weight" int not null, "pass_mark" double precision not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "scoring_setting_pkey" primary key ("id"));`);
    this.addSql(`alter table "scoring_setting" add constraint "scoring_setting_society_id_category_code_unique" unique ("society_id", "category_code");`);
    this.addSql(`alter table "scoring_setting" add constraint "scoring_setting_weights_check" check (quantitative_weight >= 0 and competency_weight >= 0 and quantitative_weight + competency_weight = 100);`);
    this.addSql(`alter table "scoring_setting" add constraint "scoring_setting_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scoring_setting" add constraint "scoring_setting_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('scoring_setting')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "scoring_setting" to ${APP_ROLE};`);
  }
}
