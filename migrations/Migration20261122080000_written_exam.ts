import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Written exams: paper judges as assignments, their scores, and each society's pass mark. */
export class Migration20261122080000_written_exam extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "written_exam_score" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "assignment_id" uuid not null, "sitting" text not null, "score" int not null, "remarks" text null, "judged_at" timestamptz not null, constraint "written_exam_score_pkey" primary key ("id"));`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_assignment_id_unique" unique ("assignment_id");`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "society" add column "written_exam_pass_mark" int not null default 60;`);
    this.addSql(`alter type "assignment_kind" add value if not exists 'PAPER_JUDGE' after 'REVIEW_GROUP';`);
    for (const sql of tenantRlsStatements('written_exam_score')) this.addSql(sql);
    this.addSql(`grant select, insert on "written_exam_score" to ${APP_ROLE};`);
  }
}
