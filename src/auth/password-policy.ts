import { AppError } from '../errors/app-error';
import { COMMON_PASSWORDS } from './common-passwords';

/** Why a password is refused: each reason is one row of the policy. */
export type WeakPasswordReason = 'TOO_SHORT' | 'TOO_LONG' | 'CONTROL_CHARACTER' | 'COMMON_PASSWORD' | 'CONTAINS_EMAIL';

/** The bounds (NIST SP 800-63B: at least 8, allow long passphrases, refuse known-common ones). */
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

/** Each rule: whether it refuses the password (given the account's email), and its message in both languages. */
const RULES: ReadonlyArray<{ reason: WeakPasswordReason; refuses: (password: string, email?: string) => boolean; zh: string; en: string }> = [
  { reason: 'TOO_SHORT', refuses: (p) => [...p].length < PASSWORD_LENGTH.min, zh: `密码至少需要 ${PASSWORD_LENGTH.min} 个字符`, en: `the password needs at least ${PASSWORD_LENGTH.min} characters` },
  { reason: 'TOO_LONG', refuses: (p) => [...p].length > PASSWORD_LENGTH.max, zh: `密码最多 ${PASSWORD_LENGTH.max} 个字符`, en: `the password may have at most ${PASSWORD_LENGTH.max} characters` },
  // Control characters (tabs, line breaks, NUL, escape) cannot be typed into a login form reliably.
  { reason: 'CONTROL_CHARACTER', refuses: (p) => /\p{Cc}/u.test(p), zh: '密码不能包含控制字符（如换行、制表符）', en: 'the password must not contain control characters (such as line breaks or tabs)' },
  { reason: 'COMMON_PASSWORD', refuses: (p) => isCommonPassword(p), zh: '该密码过于常见，容易被猜中', en: 'the password is too common and easy to guess' },
  { reason: 'CONTAINS_EMAIL', refuses: (p, email) => containsEmailName(p, email), zh: '密码不能包含邮箱用户名', en: 'the password must not contain the name of the email address' },
];

/** A common password, as typed or with its digits and symbols stripped ("Qwerty-2026!" is "qwerty"). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^\p{L}]/gu, '');
  const withoutSeparators = lower.replace(/[\s._\-!@#$%^&*+=~]/g, '');
  return COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(withoutSeparators) || (letters.length > 0 && COMMON_PASSWORDS.has(letters));
}

function containsEmailName(password: string, email: string | undefined): boolean {
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  return name.length >= 4 && password.toLowerCase().includes(name);
}

/** Every rule the password breaks, in rule order (empty when it is acceptable). */
export function weakPasswordReasons(password: string, email?: string): WeakPasswordReason[] {
  return RULES.filter((rule) => rule.refuses(password, email)).map((rule) => rule.reason);
}

/**
 * Refuses a weak password with WEAK_PASSWORD on its field: the message names the first broken rule, and
 * `extensions.issues` lists every one (code PASSWORD_<reason>) so a form can show them all at once.
 */
export function checkPasswordPolicy(password: string, field: string, email?: string): void {
  const broken = RULES.filter((rule) => rule.refuses(password, email));
  if (broken.length === 0) return;
  throw new AppError('WEAK_PASSWORD', {
    field,
    params: { reason: broken[0].en, reasonZh: broken[0].zh },
    issues: broken.map((rule) => ({ code: `PASSWORD_${rule.reason}`, field, messageZh: rule.zh, messageEn: rule.en })),
  });
}
