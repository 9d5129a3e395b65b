import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * The federation's complaint handlers (quality supervision committee, secretariat) as account ids, for the messages of
 * a complaint: the request that lodges or escalates one (a complainant, or nobody) cannot read federation grants under
 * row-level security. Narrow on purpose: these two roles only, active grants of active accounts, ids only.
 */
export class Migration20261130090000_complaint_handler_ids extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_complaint_handler_ids(handler_role grant_role) returns setof uuid
      language sql stable security definer set search_path = public, pg_temp as $$
      select distinct g.account_id from role_grant g join account a on a.id = g.account_id
      where handler_role in ('QUALITY_SUPERVISION', 'FEDERATION_SECRETARIAT') and g.role = handler_role
        and g.society_id is null and g.revoked_at is null and a.status = 'ACTIVE'
      order by g.account_id $$;`);
    this.addSql(`revoke execute on function app_complaint_handler_ids(grant_role) from public;`);
    this.addSql(`grant execute on function app_complaint_handler_ids(grant_role) to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function app_complaint_handler_ids(grant_role);`);
  }
}
