/**
 * The platform's own account: the actor of steps no person takes (the automatic cancellation after the
 * re-registration window). Created disabled by migration 20261130062000, with no password and no grant: it never
 * logs in.
 */
export const SYSTEM_ACCOUNT_ID = '00000000-0000-4000-8000-0000000000a1';
