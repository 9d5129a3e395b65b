import { Migration } from '@mikro-orm/migrations';

/**
 * Comprehensive-review rounds: a re-review (an objection upheld for re-review, a federation return, a
 * re-assessment) starts a new round with a new group and a new decision; the earlier rounds stay on record.
 */
export class Migration20261129007000_comprehensive_review_rounds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application" add column "comprehensive_review_round" int not null default 1;`);
    this.addSql(`alter table "comprehensive_review" add column "round" int not null default 1;`);
    // The steps that ended a round so far: the round of each application and of each decision follow from them.
    const roundEnds = `('reassessMaterials', 'reassessInterview', 'reassessWrittenExam', 'upholdObjectionRereview', 'returnFromFederation')`;
    this.addSql(`update "application" a set "comprehensive_review_round" = 1 + (
      select count(*) from "application_event" e where e.application_id = a.id and e.action in ${roundEnds});`);
    this.addSql(`update "comprehensive_review" r set "round" = 1 + (
      select count(*) from "application_event" e where e.application_id = r.application_id and e.action in ${roundEnds} and e.at < r.decided_at);`);
    // One decision per application and round (it was one per group, checked by the command alone).
    this.addSql(`drop index if exists "comprehensive_review_application_id_index";`);
    this.addSql(`alter table "comprehensive_review" add constraint "comprehensive_review_application_id_round_unique" unique ("application_id", "round");`);
  }
}
