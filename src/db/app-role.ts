import { Client } from 'pg';

/**
 * The role the migrations grant every privilege to. It owns nothing, is no superuser and cannot bypass RLS,
 * so row-level security applies to every statement a request runs. The API logs in as it (the default) or as
 * a login role of another name (APP_DB_ROLE) that is a member of it and inherits exactly its privileges.
 */
export const APP_ROLE = 'ece_app';

/** Raised when the application role cannot be created or is not safe to serve with. */
export class AppRoleError extends Error {}

function ignoreDuplicate(error: { code?: string }): void {
  // Two processes may race here (parallel starts, parallel test workers); a duplicate is harmless.
  if (error.code !== '42710' && error.code !== '23505') throw error;
}

/**
 * Creates the application login role if missing (with `password`); an existing role keeps its password,
 * so a start never logs out the connections of another replica. Runs as the owner.
 */
export async function ensureAppRole(ownerUrl: string, password: string | undefined, role: string = APP_ROLE): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const ident = client.escapeIdentifier(role);
    if (role !== APP_ROLE) {
      await client.query(`create role ${APP_ROLE} nologin nosuperuser nobypassrls noinherit`).catch(ignoreDuplicate);
    }
    const found = await client.query<{ rolcanlogin: boolean; rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname = $1', [role],
    );
    const existing = found.rows[0];
    if (existing?.rolsuper || existing?.rolbypassrls) {
      throw new AppRoleError(`The application role ${role} is a superuser or bypasses row-level security: the API refuses to serve as it.`);
    }
    // A role the foundation migration created cannot log in yet: it gets its password once, here.
    if (!existing?.rolcanlogin) {
      if (!password) throw new AppRoleError(`APP_DB_PASSWORD is needed once, to create the application role ${role}.`);
      const attributes = `login nosuperuser nocreatedb nocreaterole nobypassrls ${role === APP_ROLE ? 'noinherit' : 'inherit'} password ${client.escapeLiteral(password)}`;
      if (existing) await client.query(`alter role ${ident} with ${attributes}`);
      else await client.query(`create role ${ident} ${attributes}`).catch(ignoreDuplicate);
    }
    if (role !== APP_ROLE) await client.query(`grant ${APP_ROLE} to ${ident}`);
  } finally {
    await client.end();
  }
}

/** The URL the API uses: the owner's server and database, with the application role's credentials. */
export function appRoleUrl(ownerUrl: string, password: string, role: string = APP_ROLE): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/**
 * Checks, as the serving connection itself, that it is not the owner: no superuser, no RLS bypass, owns no
 * table. Production serving refuses to start otherwise.
 */
export async function assertServingRole(appUrl: string): Promise<void> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; rolsuper: boolean; rolbypassrls: boolean; owned: string; migrated: boolean }>(
      `select current_user as name, r.rolsuper, r.rolbypassrls,
              (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user) as owned,
              to_regclass('public.account') is not null as migrated
         from pg_roles r where r.rolname = current_user`,
    );
    const role = rows[0];
    if (role.rolsuper || role.rolbypassrls || Number(role.owned) > 0) {
      throw new AppRoleError(`APP_DATABASE_URL connects as ${role.name}, which is a superuser, bypasses row-level security or owns tables: serve with the application role instead.`);
    }
    if (!role.migrated) throw new AppRoleError('The database has no schema yet: run `npm run migrate` with the owner\'s DATABASE_URL first.');
  } finally {
    await client.end();
  }
}
