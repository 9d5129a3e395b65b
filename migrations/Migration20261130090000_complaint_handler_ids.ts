import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * A complaint's handlers as account ids, for its messages: a society's staff (society given), or the federation's
 * quality supervision committee or secretariat (no society). The request that lodges or escalates a complaint (a
 * complainant, or nobody) cannot read federation grants or other people's accounts under row-level security.
 * Narrow on purpose: these three roles only, active grants of active accounts, ids only.
 */
export class Migration20261130090000_complaint_handler_ids extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_complaint_handler_ids(handler_role grant_role, handler_society uuid) returns setof uuid
      language sql stable security definer set search_path = public, pg_temp as $$
      select distinct g.account_id from role_grant g join account a on a.id = g.account_id
      where g.role = handler_role and g.revoked_at is null and a.status = 'ACTIVE'
        and ((handler_role = 'SOCIETY_STAFF' and g.society_id = handler_society)
          or (handler_role in ('QUALITY_SUPERVISION', 'FEDERATION_SECRETARIAT') and g.society_id is null))
      order by g.account_id $$;`);
    this.addSql(`revoke execute on function app_complaint_handler_ids(grant_role, uuid) from public;`);
    this.addSql(`grant execute on function app_complaint_handler_ids(grant_role, uuid) to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function app_complaint_handler_ids(grant_role, uuid);`);
  }
}
