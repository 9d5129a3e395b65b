import type { ScopeActionRule } from './scope-action';

/** The account action table: signing in and up, answering invitations, disabling accounts, starting an application. */
export const ACCOUNT_ACTION_TABLE = {
  login: { who: ['public'] },
  signUp: { who: ['public'] },
  // The token in the mail is the proof (single use, expiring); the answer is the same whether or not an account exists.
  verifyEmail: { who: ['public'] },
  requestPasswordReset: { who: ['public'] },
  resetPassword: { who: ['public'] },
  // The signed-in person's own notifications and language.
  markNotificationsRead: { who: ['authenticated'] },
  setMyLanguage: { who: ['authenticated'] },
  // Only the invitee answers (anyone else's invitation is NOT_FOUND): any signed-in account may be one.
  acceptInvitation: { who: ['authenticated'] },
  declineInvitation: { who: ['authenticated'] },
  // Accounts are global (one person, many societies): disabling one, or enabling it again, is the federation's.
  // A society takes its own grants away instead (revokeSocietyRole, revokeExaminer).
  disableAccount: { who: ['federationAdmin'] },
  enableAccount: { who: ['federationAdmin'] },
  // An applicant of the society in scope starts an application there (then the application table takes over).
  startApplication: { who: ['applicantInScope'] },
} as const satisfies Record<string, ScopeActionRule>;
