import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Written-exam standards per society and engineering field (seed 000 rule 9): pass mark, outline and reference
 * materials, set and published by the society. A tenant table: each society sees and writes its own; the
 * federation reads them all side by side.
 */
export class Migration20261129113000_written_exam_standard extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "written_exam_standard" ("id" uuid not null, "society_id" uuid not null, "field_id" uuid not null, "pass_mark" int not null, "outline" text not null, "references" jsonb not null, "published_at" timestamptz null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "written_exam_standard_pkey" primary key ("id"));`);
    this.addSql(`alter table "written_exam_standard" add constraint "written_exam_standard_society_id_field_id_unique" unique ("society_id", "field_id");`);
    this.addSql(`alter table "written_exam_standard" add constraint "written_exam_standard_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "written_exam_standard" add constraint "written_exam_standard_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "written_exam_standard" add constraint "written_exam_standard_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on update cascade on delete restrict;`);
    // The federation's side-by-side view walks one field across societies.
    this.addSql(`create index "written_exam_standard_field_id_index" on "written_exam_standard" ("field_id");`);
    for (const sql of tenantRlsStatements('written_exam_standard')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "written_exam_standard" to ${APP_ROLE};`);
  }
}
