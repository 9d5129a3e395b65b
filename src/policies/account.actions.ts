import type { ScopeActionRule } from './scope-action';

/** The account action table: signing in and up, answering invitations, starting an application. */
export const ACCOUNT_ACTION_TABLE = {
  login: { who: ['public'] },
  signUp: { who: ['public'] },
  // Only the invitee answers (anyone else's invitation is NOT_FOUND): any signed-in account may be one.
  acceptInvitation: { who: ['authenticated'] },
  declineInvitation: { who: ['authenticated'] },
  // An applicant of the society in scope starts an application there (then the application table takes over).
  startApplication: { who: ['applicantInScope'] },
} as const satisfies Record<string, ScopeActionRule>;
