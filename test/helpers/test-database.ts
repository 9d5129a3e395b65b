import { Client } from 'pg';

/** Environment variables through which global set-up tells test files where the database server is. */
export const TEST_ENV = {
  serverUrl: 'ECE_TEST_SERVER_URL',
  templateDatabase: 'ECE_TEST_TEMPLATE_DB',
} as const;

/** The owner URL of a database on the test server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database. */
export async function onMaintenanceDatabase(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
