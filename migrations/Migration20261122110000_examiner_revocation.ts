import { Migration } from '@mikro-orm/migrations';

/** Why a grant was revoked: staff give a reason when they take an examiner off the roster. */
export class Migration20261122110000_examiner_revocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "role_grant" add column "revocation_reason" text null;`);
  }
}
