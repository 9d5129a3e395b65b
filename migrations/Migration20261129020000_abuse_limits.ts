import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Limits against abuse: the rate-limit counters every API process shares (rate-limiter-flexible's table, created
 * here by the owner so the API role needs no CREATE), and file bytes stored as chunks so an upload streams into
 * the database instead of being held whole in memory. Existing files move to one chunk each.
 */
export class Migration20261129020000_abuse_limits extends Migration {
  override async up(): Promise<void> {
    // Not tenant data: keys are an action and a hashed email, an account id or a client address.
    this.addSql(`create table "rate_limit_counter" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint null, constraint "rate_limit_counter_pkey" primary key ("key"));`);
    this.addSql(`grant select, insert, update, delete on "rate_limit_counter" to ${APP_ROLE};`);

    this.addSql(`create table "stored_file_chunk" ("file_id" uuid not null, "seq" int not null, "society_id" uuid not null, "bytes" bytea not null, constraint "stored_file_chunk_pkey" primary key ("file_id", "seq"));`);
    for (const sql of tenantRlsStatements('stored_file_chunk')) this.addSql(sql);
    // Copied before the constraints exist: rows queued for a deferred check would block the ALTERs that follow.
    this.addSql(`insert into "stored_file_chunk" ("file_id", "seq", "society_id", "bytes") select "id", 0, "society_id", "content" from "stored_file";`);
    this.addSql(`alter table "stored_file" drop column "content";`);
    // Deferred: an upload writes its chunks while the bytes arrive and its file row once it knows size and hash.
    this.addSql(`alter table "stored_file_chunk" add constraint "stored_file_chunk_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade deferrable initially deferred;`);
    this.addSql(`alter table "stored_file_chunk" add constraint "stored_file_chunk_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`grant select, insert on "stored_file_chunk" to ${APP_ROLE};`);
  }
}
