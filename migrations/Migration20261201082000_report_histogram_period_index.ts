import { Migration } from '@mikro-orm/migrations';

/**
 * The cycle-times report reads the day histogram of the period's months (about a third of three years' rows): an
 * index by month carrying every column the report aggregates answers from the index alone, without reading the
 * other months' rows (issue 12's 200 ms target at a million applications).
 */
export class Migration20261201082000_report_histogram_period_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "report_cycle_histogram_period_index" on "report_cycle_histogram" ("period")
      include ("society_id", "field_id", "grade_id", "channel", "span", "days", "overdue", "visits");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "report_cycle_histogram_period_index";`);
  }
}
