import { Migration } from '@mikro-orm/migrations';
import { SYSTEM_ACCOUNT_EMAIL, SYSTEM_ACCOUNT_ID, SYSTEM_ACCOUNT_NAME } from '../src/jobs/system-actor';

/** The system session: a job's transaction sets app.account_id to the system account (never a request: no token names it). */
const SYSTEM_SESSION = `nullif(current_setting('app.account_id', true), '')::uuid = '${SYSTEM_ACCOUNT_ID}'::uuid`;

/**
 * The system account scheduled jobs act as (history's actor of an automatic lapse). It cannot log in: DISABLED, and
 * '!' is no argon2 hash. Its row stays as hidden as any account (histories name it from SYSTEM_ACCOUNT_NAME, not
 * from the row). Two narrow read policies beside the existing ones (policies add up): a job's session (app.account_id = the system account) reads accounts (address and language of the people it
 *   notifies; the password hash column stays ungranted) and role grants (a society's staff, the federation admins).
 * Requests set app.account_id only from a verified token, and no token can be issued for a DISABLED account.
 */
export class Migration20261130040000_system_actor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "account" ("id", "email", "password_hash", "display_name", "status", "created_at")
      values ('${SYSTEM_ACCOUNT_ID}', '${SYSTEM_ACCOUNT_EMAIL}', '!', '${SYSTEM_ACCOUNT_NAME}', 'DISABLED', now())
      on conflict ("id") do nothing;`);
    this.addSql(`create policy account_read_system on "account" for select using (${SYSTEM_SESSION});`);
    this.addSql(`create policy role_grant_read_system on "role_grant" for select using (${SYSTEM_SESSION});`);
  }
}
