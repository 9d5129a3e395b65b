/**
 * The account scheduled jobs act as: a step a job takes (a lapse) is written to the history like a staff step,
 * with this account as its actor. Seeded by Migration20261130040000_system_actor; DISABLED, with no usable
 * password hash and no grant, so nobody can log in as it or be invited as it.
 */
export const SYSTEM_ACCOUNT_ID = '5e5e5e5e-0000-4000-8000-000000000001';

/** Its e-mail address: `.invalid` (RFC 2606) can never receive mail or collide with a real account. */
export const SYSTEM_ACCOUNT_EMAIL = 'system@ece.invalid';

/** Its name as shown in histories (Chinese first, as the platform shows names). */
export const SYSTEM_ACCOUNT_NAME = '系统（定时任务） System';
