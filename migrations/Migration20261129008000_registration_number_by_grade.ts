import { Migration } from '@mikro-orm/migrations';

/**
 * Registration numbers by grade (seed 000: "根据拟注册的工程会员级别给予统一的注册编号"): one sequence per year and
 * grade mark. The existing yearly counters become the counters of the grade-less mark '', so numbers issued under
 * the old format are never issued again.
 */
export class Migration20261129008000_registration_number_by_grade extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registration_sequence" add column "grade" text not null default '';`);
    this.addSql(`alter table "registration_sequence" drop constraint "registration_sequence_pkey", add constraint "registration_sequence_pkey" primary key ("year", "grade");`);
  }
}
