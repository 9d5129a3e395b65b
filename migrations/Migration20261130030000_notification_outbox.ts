import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * The notification outbox (issue 12) and single-use account tokens (issue 16: email verification, password reset).
 *
 * Row-level security: a person reads and marks read only their own in-app messages; anyone may write a message in
 * the transaction of the event that causes it (the command decides who receives what). Email messages are read
 * and settled only by the delivery job, through SECURITY DEFINER functions that claim one message at a time, so
 * two workers never send one message twice. Account tokens are write-only for the application role: a token is
 * used once, before it expires, through app_use_account_token.
 */
export class Migration20261130030000_notification_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "language" as enum ('zh', 'en');`);
    this.addSql(`create type "account_token_purpose" as enum ('SIGN_UP', 'PASSWORD_RESET');`);
    this.addSql(`create type "notification_channel" as enum ('IN_APP', 'EMAIL');`);
    this.addSql(`create type "notification_status" as enum ('PENDING', 'SENDING', 'SENT', 'FAILED');`);
    this.addSql(`alter table "account" add column "language" "language" not null default 'zh';`);
    // A later column of account needs its own read grant (migration 05 grants column by column).
    this.addSql(`grant select ("language") on "account" to ${APP_ROLE};`);

    this.addSql(`create table "notification" ("id" uuid not null, "society_id" uuid null, "application_id" uuid null, "recipient_id" uuid null, "email" text null, "recipient_key" text not null, "channel" "notification_channel" not null, "kind" text not null, "language" "language" not null, "subject" text not null, "body" text not null, "params" jsonb not null default '{}', "dedupe_key" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, "status" "notification_status" not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "claim_id" uuid null, "claimed_until" timestamptz null, "sent_at" timestamptz null, "last_error" text null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_due_index" on "notification" ("next_attempt_at") where "status" in ('PENDING', 'SENDING');`);
    this.addSql(`create index "notification_inbox_index" on "notification" ("recipient_id", "created_at" desc, "id" desc) where "channel" = 'IN_APP';`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe" unique ("dedupe_key", "channel", "recipient_key");`);
    this.addSql(`alter table "notification" add constraint "notification_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "notification" add constraint "notification_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`create policy notification_own_read on "notification" for select using (recipient_id = app_account_id() and channel = 'IN_APP');`);
    this.addSql(`create policy notification_own_update on "notification" for update
      using (recipient_id = app_account_id() and channel = 'IN_APP') with check (recipient_id = app_account_id() and channel = 'IN_APP');`);
    // Written by the event's command: inside the request's societies, the federation, or an account message (no society).
    this.addSql(`create policy notification_create on "notification" for insert
      with check (society_id is null or society_id = any (app_society_ids()) or (select app_is_federation()));`);
    this.addSql(`grant select, insert on "notification" to ${APP_ROLE};`);
    this.addSql(`grant update ("read_at") on "notification" to ${APP_ROLE};`);

    // Delivery: the email messages due at a time (pending and due, or claimed by a worker whose lease ran out).
    this.addSql(`create function app_notification_due(at timestamptz, max_count int) returns setof uuid
      language sql stable security definer set search_path = public, pg_temp as $$
      select n.id from notification n
      where n.channel = 'EMAIL' and ((n.status = 'PENDING' and n.next_attempt_at <= at) or (n.status = 'SENDING' and n.claimed_until < at))
      order by n.next_attempt_at, n.id limit max_count $$;`);
    // Claims one message for one attempt: the row lock makes a concurrent claim of the same message find nothing.
    this.addSql(`create function app_notification_claim(target uuid, at timestamptz, lease_seconds int)
      returns table (id uuid, claim_id uuid, email text, subject text, body text, kind text, language "language", attempts int)
      language sql volatile security definer set search_path = public, pg_temp as $$
      update notification n set status = 'SENDING', claim_id = gen_random_uuid(), claimed_until = at + make_interval(secs => lease_seconds),
        attempts = n.attempts + 1
      where n.id = target and n.channel = 'EMAIL'
        and ((n.status = 'PENDING' and n.next_attempt_at <= at) or (n.status = 'SENDING' and n.claimed_until < at))
      returning n.id, n.claim_id, n.email, n.subject, n.body, n.kind, n.language, n.attempts $$;`);
    // Settles an attempt, only for the claim that made it: sent, retried at a later time, or given up.
    this.addSql(`create function app_notification_settle(target uuid, claim uuid, at timestamptz, outcome notification_status, retry_at timestamptz, error text)
      returns boolean
      language sql volatile security definer set search_path = public, pg_temp as $$
      with settled as (
        update notification n set status = outcome, claim_id = null, claimed_until = null,
          sent_at = case when outcome = 'SENT' then at else n.sent_at end,
          next_attempt_at = case when outcome = 'PENDING' then retry_at else n.next_attempt_at end,
          last_error = error
        where n.id = target and n.claim_id = claim and n.status = 'SENDING' and outcome in ('SENT', 'PENDING', 'FAILED')
        returning 1)
      select exists (select 1 from settled) $$;`);

    this.addSql(`create table "account_token" ("id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" text not null, "email" text not null, "account_id" uuid null, "society_id" uuid null, "display_name" text null, "password_hash" text null, "language" "language" null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_token_account_id_index" on "account_token" ("account_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_token" add constraint "account_token_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_token" enable row level security;`);
    this.addSql(`create policy account_token_create on "account_token" for insert with check (true);`);
    this.addSql(`grant insert on "account_token" to ${APP_ROLE};`);
    // Uses a token once: unused and unexpired, by its hash and purpose. A password reset also ends the account's other reset tokens.
    this.addSql(`create function app_use_account_token(hash text, wanted account_token_purpose, at timestamptz)
      returns table (id uuid, email text, account_id uuid, society_id uuid, display_name text, password_hash text, language "language")
      language plpgsql volatile security definer set search_path = public, pg_temp as $$
      declare used record;
      begin
        update account_token t set used_at = at
        where t.token_hash = hash and t.purpose = wanted and t.used_at is null and t.expires_at > at
        returning t.id, t.email, t.account_id, t.society_id, t.display_name, t.password_hash, t.language into used;
        if not found then return; end if;
        if wanted = 'PASSWORD_RESET' then
          update account_token t set used_at = at where t.account_id = used.account_id and t.purpose = 'PASSWORD_RESET' and t.used_at is null;
        end if;
        return query select used.id, used.email, used.account_id, used.society_id, used.display_name, used.password_hash, used.language;
      end $$;`);

    // An account's address and language, for a mail about it before anyone has proven it (sign-up attempt, reset).
    this.addSql(`create function app_account_contact(target uuid) returns table (email text, language "language")
      language sql stable security definer set search_path = public, pg_temp as $$
      select a.email, a.language from account a where a.id = target $$;`);
    const functions = 'app_account_contact(uuid), app_notification_due(timestamptz, int), app_notification_claim(uuid, timestamptz, int), ' +
      'app_notification_settle(uuid, uuid, timestamptz, notification_status, timestamptz, text), app_use_account_token(text, account_token_purpose, timestamptz)';
    this.addSql(`revoke execute on function ${functions} from public;`);
    this.addSql(`grant execute on function ${functions} to ${APP_ROLE};`);
  }
}
