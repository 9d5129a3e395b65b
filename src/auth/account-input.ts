import { AppError } from '../errors/app-error';
import { normalizeEmail } from './login.command';
import { checkPasswordPolicy } from './password-policy';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates new-account input and returns it normalized; the first problem is refused on its field
 * (BAD_USER_INPUT, or WEAK_PASSWORD on `passwordField`).
 */
export function validateNewAccount(input: { email: string; password: string; displayName: string }, fieldPrefix = 'input', passwordField = 'password') {
  const email = normalizeEmail(input.email);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new AppError('BAD_USER_INPUT', { field: `${fieldPrefix}.email`, params: { detail: 'the email address is not valid', detailZh: '邮箱地址格式不正确' } });
  }
  checkPasswordPolicy(input.password, `${fieldPrefix}.${passwordField}`, email);
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100) {
    throw new AppError('BAD_USER_INPUT', { field: `${fieldPrefix}.displayName`, params: { detail: 'the name must have 1–100 characters', detailZh: '姓名须为 1–100 个字符' } });
  }
  return { email, password: input.password, displayName };
}
