import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Mutual recognition (seed 002): the partner bodies abroad (reference data, seeded like the societies) and the
 * federation's referrals of members who asked for recognition, with their status and dates.
 */
export class Migration20261130072000_mutual_recognition extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "referral_status" as enum ('REFERRED', 'RECOGNISED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(`create table "partner_body" ("id" uuid not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "jurisdiction_zh" text not null, "jurisdiction_en" text not null, "sort_order" int not null, constraint "partner_body_pkey" primary key ("id"));`);
    this.addSql(`alter table "partner_body" add constraint "partner_body_code_unique" unique ("code");`);
    this.addSql(`create table "recognition_referral" ("id" uuid not null, "society_id" uuid not null, "registration_id" uuid not null, "partner_body_id" uuid not null, "status" "referral_status" not null default 'REFERRED', "referred_on" date not null, "referred_by_id" uuid not null, "answered_on" date null, "note" text null, "updated_at" timestamptz not null, constraint "recognition_referral_pkey" primary key ("id"));`);
    this.addSql(`alter table "recognition_referral" add constraint "recognition_referral_registration_id_partner_body_id_unique" unique ("registration_id", "partner_body_id");`);
    this.addSql(`alter table "recognition_referral" add constraint "recognition_referral_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recognition_referral" add constraint "recognition_referral_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recognition_referral" add constraint "recognition_referral_partner_body_id_foreign" foreign key ("partner_body_id") references "partner_body" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recognition_referral" add constraint "recognition_referral_referred_by_id_foreign" foreign key ("referred_by_id") references "account" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('recognition_referral')) this.addSql(sql);
    this.addSql(`grant select on "partner_body" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update on "recognition_referral" to ${APP_ROLE};`);
  }
}
