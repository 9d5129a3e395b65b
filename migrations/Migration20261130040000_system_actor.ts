import { Migration } from '@mikro-orm/migrations';
import { SYSTEM_ACCOUNT_EMAIL, SYSTEM_ACCOUNT_ID, SYSTEM_ACCOUNT_NAME } from '../src/jobs/system-actor';

/**
 * The system account scheduled jobs act as (history's actor of an automatic lapse). It cannot log in: DISABLED,
 * and '!' is no argon2 hash. Everyone who may see a history entry's actor may read its name (one narrow policy;
 * the other account policies are unchanged).
 */
export class Migration20261130040000_system_actor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "account" ("id", "email", "password_hash", "display_name", "status", "created_at")
      values ('${SYSTEM_ACCOUNT_ID}', '${SYSTEM_ACCOUNT_EMAIL}', '!', '${SYSTEM_ACCOUNT_NAME}', 'DISABLED', now())
      on conflict ("id") do nothing;`);
    this.addSql(`create policy account_read_system on "account" for select using (id = '${SYSTEM_ACCOUNT_ID}'::uuid);`);
  }
}
