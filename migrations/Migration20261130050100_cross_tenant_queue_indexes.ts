import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: the work queue of a federation role without a society pages across every tenant, ordered by
 * (submitted_at, id) or (due_date, id); the per-society indexes cannot serve that order, so PostgreSQL scanned and
 * sorted the whole table on every page. These two let it walk the order and stop after the page.
 */
export class Migration20261130050100_cross_tenant_queue_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "application_cross_tenant_submitted_index" on "application" ("submitted_at", "id");`);
    this.addSql(`create index "application_cross_tenant_due_index" on "application" ("due_date", "id");`);
  }
}
