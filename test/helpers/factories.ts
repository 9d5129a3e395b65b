import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../../src/auth/password';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { LoginDocument } from '../generated/operations';
import type { TestApp } from './test-app';

/** The password every factory account gets unless told otherwise. */
export const FACTORY_PASSWORD = 'correct-horse-battery';

let passwordHash: Promise<string> | undefined;

/** Runs a callback on an owner connection (bypasses RLS: set-up and after-the-fact checks only). */
export async function asOwner<T>(app: TestApp, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: app.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A grant to create for a factory account. */
export interface GrantSpec {
  role: GrantRole;
  society?: string;
  enterprise?: string;
  examiner?: { grade: ExaminerGrade; field: string; specialties: string[]; employer: string };
}

/** A factory account, with a way to log it in through the API. */
export interface FactoryAccount {
  id: string;
  email: string;
  password: string;
  login(): Promise<string>;
}

let sequence = 0;

/** Creates an account with grants directly in the database. */
export async function createAccount(app: TestApp, spec: { email?: string; displayName?: string; grants?: GrantSpec[] } = {}): Promise<FactoryAccount> {
  sequence += 1;
  const id = randomUUID();
  const email = (spec.email ?? `user${sequence}-${id.slice(0, 8)}@example.test`).toLowerCase();
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  await asOwner(app, async (client) => {
    await client.query(`insert into account (id, email, password_hash, display_name, created_at) values ($1, $2, $3, $4, now())`, [
      id, email, await passwordHash, spec.displayName ?? `测试用户${sequence}`,
    ]);
    for (const grant of spec.grants ?? []) {
      let enterpriseId: string | null = null;
      if (grant.enterprise) {
        enterpriseId = randomUUID();
        await client.query(`insert into enterprise (id, name, created_at) values ($1, $2, now())`, [enterpriseId, grant.enterprise]);
      }
      await client.query(
        `insert into role_grant (id, account_id, role, society_id, enterprise_id, examiner_grade, field_id, specialty_codes, employer, created_at)
         values ($1, $2, $3, (select id from society where code = $4), $5, $6, (select id from engineering_field where code = $7), $8, $9, now())`,
        [randomUUID(), id, grant.role, grant.society ?? null, enterpriseId, grant.examiner?.grade ?? null, grant.examiner?.field ?? null,
          grant.examiner?.specialties ?? [], grant.examiner?.employer ?? null],
      );
    }
  });
  return {
    id,
    email,
    password: FACTORY_PASSWORD,
    async login() {
      const result = await app.gql(LoginDocument, { email, password: FACTORY_PASSWORD });
      if (!result.data?.login) throw new Error(`factory login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
  };
}

/** Creates an account holding one grant and returns it logged in. */
export async function loggedIn(app: TestApp, ...grants: GrantSpec[]): Promise<FactoryAccount & { token: string }> {
  const account = await createAccount(app, { grants });
  return { ...account, token: await account.login() };
}

/** Creates an examiner of a society directly in the database. */
export function examinerOf(society: string, field: string, grade = ExaminerGrade.FORMAL, employer = '国家电网有限公司', specialties = ['OTHER']): GrantSpec {
  return { role: GrantRole.EXAMINER, society, examiner: { grade, field, specialties, employer } };
}

/** Counts rows of a table as the owner (RLS does not apply), for "nothing changed" checks. */
export async function countRows(app: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  return asOwner(app, async (client) => Number((await client.query(`select count(*)::int as n from ${table} where ${where}`, params)).rows[0].n));
}

/**
 * The extensions of a response's first error without its two messages (code, field, params, issues): every error
 * carries messageZh and messageEn; test/integration/error-codes.test.ts checks those.
 */
export function errorOf(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): Record<string, unknown> | undefined {
  const extensions = result.errors?.[0]?.extensions;
  if (!extensions) return extensions;
  const { messageZh: _zh, messageEn: _en, ...rest } = extensions;
  return rest;
}

/** The id of an account's examiner grant (what assignments name). */
export function examinerGrantId(app: TestApp, accountId: string): Promise<string> {
  return asOwner(app, async (client) => (await client.query(`select id from role_grant where account_id = $1 and role = 'EXAMINER'`, [accountId])).rows[0].id as string);
}
