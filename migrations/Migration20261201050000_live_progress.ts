import { Migration } from '@mikro-orm/migrations';

/**
 * Live progress (issue 11): every application event and every in-app notification is announced on the channel
 * `ece_live` by a trigger, inside the transaction that writes it. PostgreSQL delivers a NOTIFY only when that
 * transaction commits (and drops it with a rolled-back savepoint), so a subscriber never hears of a write that is not
 * stored, and every API process on the database hears of it, whichever process wrote it. The payload carries ids only:
 * subscribers read the row again through the policies, as the subscriber.
 */
export class Migration20261201050000_live_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_live_announce_application_event() returns trigger language plpgsql as $$
      begin
        perform pg_notify('ece_live', json_build_object('kind', 'APPLICATION_EVENT', 'id', new.id, 'applicationId', new.application_id, 'societyId', new.society_id)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger application_event_live after insert on "application_event" for each row execute function app_live_announce_application_event();`);
    this.addSql(`create function app_live_announce_notification() returns trigger language plpgsql as $$
      begin
        perform pg_notify('ece_live', json_build_object('kind', 'NOTIFICATION', 'id', new.id, 'recipientId', new.recipient_id, 'societyId', new.society_id)::text);
        return null;
      end $$;`);
    // Only in-app messages are shown live; email messages wait for the delivery job.
    this.addSql(`create trigger notification_live after insert on "notification" for each row when (new.channel = 'IN_APP' and new.recipient_id is not null)
      execute function app_live_announce_notification();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger notification_live on "notification";`);
    this.addSql(`drop function app_live_announce_notification();`);
    this.addSql(`drop trigger application_event_live on "application_event";`);
    this.addSql(`drop function app_live_announce_application_event();`);
  }
}
