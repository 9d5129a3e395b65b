import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Written-exam sittings as records of their own (staff record when and where which paper was written); marks
 * belong to a sitting. Marks recorded before this migration carried the sitting as free text: each distinct text
 * becomes a sitting (held on the day of its first mark, China time; the text kept as the venue).
 */
export class Migration20261122100000_written_exam_sitting extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "written_exam_sitting" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "number" int not null, "held_on" date not null, "venue" text not null, "paper" text not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "written_exam_sitting_pkey" primary key ("id"));`);
    this.addSql(`alter table "written_exam_sitting" add constraint "written_exam_sitting_application_id_number_unique" unique ("application_id", "number");`);
    this.addSql(`alter table "written_exam_sitting" add constraint "written_exam_sitting_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "written_exam_sitting" add constraint "written_exam_sitting_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "written_exam_sitting" add constraint "written_exam_sitting_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('written_exam_sitting')) this.addSql(sql);
    this.addSql(`grant select, insert on "written_exam_sitting" to ${APP_ROLE};`);

    this.addSql(`alter table "written_exam_score" add column "sitting_id" uuid null;`);
    this.addSql(`insert into "written_exam_sitting" ("id", "society_id", "application_id", "number", "held_on", "venue", "paper", "recorded_by_id", "recorded_at")
      select gen_random_uuid(), s.society_id, s.application_id, row_number() over (partition by s.application_id order by min(s.judged_at)), (min(s.judged_at) at time zone 'Asia/Shanghai')::date, s.sitting, '笔试',
             (array_agg(g.account_id order by s.judged_at))[1], min(s.judged_at)
      from "written_exam_score" s join "assignment" a on a.id = s.assignment_id join "role_grant" g on g.id = a.examiner_id
      group by s.society_id, s.application_id, s.sitting;`);
    this.addSql(`update "written_exam_score" s set "sitting_id" = t.id from "written_exam_sitting" t where t.application_id = s.application_id and t.venue = s.sitting;`);
    this.addSql(`alter table "written_exam_score" alter column "sitting_id" set not null, drop column "sitting";`);
    this.addSql(`alter table "written_exam_score" drop constraint "written_exam_score_assignment_id_unique";`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_sitting_id_foreign" foreign key ("sitting_id") references "written_exam_sitting" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "written_exam_score" add constraint "written_exam_score_assignment_id_sitting_id_unique" unique ("assignment_id", "sitting_id");`);
  }
}
