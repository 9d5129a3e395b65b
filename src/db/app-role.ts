import { Client } from 'pg';

/**
 * The role the API connects as: it owns nothing, is no superuser and cannot bypass RLS,
 * so row-level security applies to every statement a request runs.
 */
export const APP_ROLE = 'ece_app';

/** Creates the application role if missing and (re)sets its password; runs as the owner. */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    if (exists.rowCount === 0) {
      // Two processes may race here (parallel test workers); a duplicate is harmless.
      await client.query(`create role ${APP_ROLE} login nosuperuser nocreatedb nocreaterole nobypassrls noinherit`).catch((error: { code?: string }) => {
        if (error.code !== '42710' && error.code !== '23505') throw error;
      });
    }
    await client.query(`alter role ${APP_ROLE} with login nosuperuser nobypassrls password ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

/** The URL the API uses: the owner's server and database, with the application role's credentials. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
