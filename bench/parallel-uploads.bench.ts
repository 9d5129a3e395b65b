import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { loadConfig } from '../src/config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { ensureDatabase } from '../src/db/embedded-postgres';
import { createOrmOptions } from '../src/db/orm-config';
import { migrateAndSeed } from '../src/db/prepare-database';
import { startServer } from '../src/http/server';

const PARALLEL = Number(process.env.BENCH_UPLOADS ?? 32);
const SIZE = Number(process.env.BENCH_UPLOAD_BYTES ?? 10 * 1024 * 1024);

// The client runs in a process of its own, so the API process's memory is the server's alone.
const CLIENT = `
const [url, size, tokens] = [process.env.URL, Number(process.env.SIZE), JSON.parse(process.env.TOKENS)];
const body = Buffer.concat([Buffer.from('%PDF-1.4\\n'), Buffer.alloc(size - 9, 0x20)]);
Promise.all(tokens.map((token) => fetch(url, { method: 'POST', headers: { authorization: 'Bearer ' + token, 'x-society': 'CSEE', 'content-type': 'application/octet-stream' }, body })
  .then((r) => r.status))).then((statuses) => console.log(JSON.stringify(statuses)));
`;

/**
 * Memory of the API process while PARALLEL accounts each upload a SIZE-byte file at once (issue 16: 32 parallel
 * 10 MiB uploads took the process to 1.1 GB while bodies were buffered). Needs DATABASE_URL (a PostgreSQL server).
 * `npx ts-node --transpile-only bench/parallel-uploads.bench.ts`
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL');
  const database = `ece_bench_uploads_${Date.now()}`;
  await ensureDatabase(serverUrl, database);
  const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  await ensureAppRole(ownerUrl, config.appDbPassword);
  await migrateAndSeed(ownerUrl);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const passwordHash = await hashPassword('bench-password-1');
  for (let i = 0; i < PARALLEL; i += 1) {
    await client.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), $2, $1, '压测', now()) returning id)
       insert into role_grant (id, account_id, role, society_id, specialty_codes, created_at) select gen_random_uuid(), a.id, 'APPLICANT', s.id, '{}', now() from a, society s where s.code = 'CSEE'`,
      [passwordHash, `bench-uploader-${i}@example.test`],
    );
  }
  const orm = await MikroORM.init(createOrmOptions(appRoleUrl(ownerUrl, config.appDbPassword), { poolMax: 10 }));
  const server = await startServer(orm, config, 0);
  const tokens: string[] = [];
  for (let i = 0; i < PARALLEL; i += 1) {
    const login = await fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: `bench-uploader-${i}@example.test`, p: 'bench-password-1' } }),
    });
    tokens.push(((await login.json()) as { data: { login: { token: string } } }).data.login.token);
  }
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = Date.now();
  const statuses = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT], { env: { ...process.env, URL: server.url.replace('/graphql', '/files'), SIZE: String(SIZE), TOKENS: JSON.stringify(tokens) } });
    let out = '';
    child.stdout.on('data', (data) => (out += data));
    child.stderr.pipe(process.stderr);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`client exited ${code}`))));
  });
  clearInterval(sampler);
  const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(JSON.stringify({ uploads: PARALLEL, bytesEach: SIZE, seconds: (Date.now() - started) / 1000, statuses: JSON.parse(statuses), rssBaselineMiB: mib(baseline), rssPeakMiB: mib(peak), rssGrowthMiB: mib(peak - baseline) }));
  await server.close();
  await orm.close(true);
  await client.query(`select 1`);
  await client.end();
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
