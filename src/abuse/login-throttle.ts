import { normalizeEmail } from '../auth/login.command';
import { AppError } from '../errors/app-error';
import { rateLimitKey, type RequestRateLimits } from './rate-limits';

/**
 * Runs one login attempt under the login limits. Every attempt is counted first (so parallel guesses cannot slip
 * through between check and count), for the email and for the client address; past either limit the attempt is
 * refused with RATE_LIMITED before the password is looked at — the right password too, until the window passes.
 * A successful login (or one refused for a disabled account: the password was right) gives back its count:
 * the run of wrong passwords for that email starts again, and the address keeps its allowance.
 */
export async function throttledLogin<T>(limits: RequestRateLimits, email: string, attempt: () => Promise<T>): Promise<T> {
  const accountKey = rateLimitKey(normalizeEmail(email));
  await limits.consume('loginAttemptsPerAddress');
  await limits.consume('loginFailuresPerAccount', accountKey);
  try {
    const result = await attempt();
    await forgive(limits, accountKey);
    return result;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'INVALID_CREDENTIALS')) await forgive(limits, accountKey);
    throw error;
  }
}

async function forgive(limits: RequestRateLimits, accountKey: string): Promise<void> {
  await limits.reset('loginFailuresPerAccount', accountKey);
  await limits.reward('loginAttemptsPerAddress');
}
