import { SignUpDocument, VerifyEmailDocument } from '../generated/operations';
import { asOwner } from './factories';
import type { RequestOptions, TestApp } from './test-app';

/** An email message of the outbox (as the owner reads it: the API never shows email rows). */
export interface MailRow {
  id: string;
  kind: string;
  email: string;
  subject: string;
  body: string;
  language: string;
}

/** Every email message to an address, oldest first. */
export function mailsTo(app: TestApp, email: string): Promise<MailRow[]> {
  return asOwner(app, async (client) => (await client.query<MailRow>(
    `select id, kind, email, subject, body, language from notification where channel = 'EMAIL' and lower(email) = lower($1) order by created_at, id`, [email],
  )).rows);
}

/** The single-use token a mail carries (its "验证码：" / "Code:" line). */
export function tokenIn(mail: MailRow): string {
  const match = /(?:验证码：|Code: )(\S+)/.exec(mail.body);
  if (!match) throw new Error(`no token in ${mail.kind} mail`);
  return match[1];
}

/** The token of the latest mail of a kind to an address. */
export async function mailedToken(app: TestApp, email: string, kind: string): Promise<string> {
  const mails = (await mailsTo(app, email)).filter((mail) => mail.kind === kind);
  if (mails.length === 0) throw new Error(`no ${kind} mail to ${email}`);
  return tokenIn(mails[mails.length - 1]);
}

/**
 * Signs up the way a person does: signUp, then the token from the verification mail (read from the outbox) to
 * verifyEmail. Answers verifyEmail's response (token and account on success).
 */
export async function signUpThroughMail(app: TestApp, input: { email: string; password: string; displayName: string }, options: RequestOptions) {
  const answer = await app.gql(SignUpDocument, { input }, options);
  if (answer.errors || answer.data?.signUp !== true) throw new Error(`signUp failed: ${JSON.stringify(answer.errors)}`);
  const kinds = (await mailsTo(app, input.email)).map((mail) => mail.kind);
  const kind = kinds[kinds.length - 1] === 'ACCOUNT_JOIN_SOCIETY' ? 'ACCOUNT_JOIN_SOCIETY' : 'ACCOUNT_VERIFY_EMAIL';
  return app.gql(VerifyEmailDocument, { token: await mailedToken(app, input.email, kind) }, { language: options.language });
}
