#!/usr/bin/env node
// Replays the Dockerfile without Docker, for machines that have no Docker daemon (this project's CI has none):
// each stage's COPY and RUN lines run in a directory of their own, exactly as written, then the runtime stage's
// command starts as an unprivileged user in production mode against a real PostgreSQL. It proves what a daemon-less
// machine can prove — the build stage copies everything the compiled API needs (a file outside the COPY lines is
// missing at run time), the pruned runtime starts, migrates and serves as a non-root user — and nothing about the
// base image itself. Usage: DATABASE_URL=postgresql://owner@host/db node scripts/replay-image.mjs (a scratch database).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const context = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl) {
  console.error('replay-image: set DATABASE_URL to a scratch database the replay may migrate (as its owner)');
  process.exit(2);
}
const UNPRIVILEGED = process.env.REPLAY_USER ?? 'nobody';

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(file) {
  const joined = readFileSync(file, 'utf8').replace(/\\\n/g, ' ');
  return joined.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** Parses `["a", "b"]` (exec form) or a shell string into an argv. */
function argv(args) {
  return args.startsWith('[') ? JSON.parse(args) : ['sh', '-c', args];
}

const root = mkdtempSync(path.join(tmpdir(), 'replay-image-'));
chmodSync(root, 0o755);
const stages = new Map();
let stage;
const log = (line) => console.log(`[replay] ${line}`);

for (const { keyword, args } of instructions(path.join(context, 'Dockerfile'))) {
  if (keyword === 'FROM') {
    const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
    stage = { name, dir: path.join(root, name), workdir: '/', env: {}, user: 'root', cmd: undefined };
    mkdirSync(stage.dir, { recursive: true });
    stages.set(name, stage);
    log(`stage ${name} (${args.split(/\s+/)[0]})`);
  } else if (keyword === 'WORKDIR') {
    stage.workdir = args;
    mkdirSync(path.join(stage.dir, args), { recursive: true });
  } else if (keyword === 'ENV') {
    for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) stage.env[key] = value;
  } else if (keyword === 'COPY') {
    const from = /--from=(\S+)/.exec(args)?.[1];
    const parts = args.replace(/--\S+/g, '').trim().split(/\s+/);
    const destination = parts.pop();
    const sourceRoot = from ? path.join(stages.get(from).dir, '/') : context;
    for (const source of parts) {
      const absolute = from ? path.join(sourceRoot, source) : path.join(context, source);
      const target = path.join(stage.dir, destination.startsWith('/') ? destination : path.join(stage.workdir, destination));
      const intoDirectory = destination.endsWith('/') || parts.length > 1;
      cpSync(absolute, intoDirectory ? path.join(target, path.basename(source)) : target, { recursive: true });
    }
    log(`COPY ${args}`);
  } else if (keyword === 'RUN') {
    log(`RUN ${args}`);
    execFileSync('sh', ['-c', args], { cwd: path.join(stage.dir, stage.workdir), stdio: 'inherit', env: { ...process.env, ...stage.env } });
  } else if (keyword === 'USER') {
    stage.user = args;
  } else if (keyword === 'CMD') {
    stage.cmd = argv(args);
  }
}

const runtime = stage;
const appDir = path.join(runtime.dir, runtime.workdir);
// The image's files are root's and only readable by the serving user; so are the replay's.
for (const dir of [runtime.dir, appDir]) chmodSync(dir, 0o755);
execFileSync('chmod', ['-R', 'a+rX,go-w', appDir]);
const size = execFileSync('du', ['-sh', appDir]).toString().split('\t')[0];
log(`runtime stage: ${size} in ${appDir}; files outside dist/, node_modules/ and package.json: ${readdirSync(appDir).filter((f) => !['dist', 'node_modules', 'package.json'].includes(f)).join(', ') || 'none'}`);

const appRole = 'ece_replay_app';
const appPassword = 'replay-only-password';
const url = new URL(ownerUrl);
const appUrl = `${url.protocol}//${appRole}:${appPassword}@${url.host}${url.pathname}`;
const asUser = (command, env) => spawn('setpriv', ['--reuid', UNPRIVILEGED, '--regid', 'nogroup', '--clear-groups', ...command], {
  cwd: appDir, env: { PATH: process.env.PATH, HOME: '/tmp', ...runtime.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
});

function finished(child, label) {
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output, label })));
}

const migrated = await finished(asUser(['node', 'dist/src/migrate.js'], { DATABASE_URL: ownerUrl, APP_DB_ROLE: appRole, APP_DB_PASSWORD: appPassword }), 'migrate');
log(`migrate as ${UNPRIVILEGED}: exit ${migrated.code}`);
if (migrated.code !== 0) {
  console.error(migrated.output);
  process.exit(1);
}

const port = 4600 + Math.floor(Math.random() * 300);
// No SMTP server here: email is switched off explicitly, as production demands (it refuses email without SMTP).
const api = asUser(runtime.cmd, { APP_DATABASE_URL: appUrl, JWT_SECRET: 'replay-'.padEnd(48, 'x'), PORT: String(port), NODE_ENV: 'production', EMAIL_ENABLED: '0' });
const apiDone = finished(api, 'api');
let ready = false;
for (let attempt = 0; attempt < 60 && !ready; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
}
const answer = ready
  ? await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ societies { code } }' }) }).then((r) => r.json())
  : undefined;
api.kill('SIGTERM');
const stopped = await apiDone;
const societies = answer?.data?.societies?.length ?? 0;
log(`serve as ${UNPRIVILEGED} (production, application role): ready=${ready}, societies=${societies}, SIGTERM → exit ${stopped.code}`);
if (!ready || societies !== 14 || stopped.code !== 0) {
  console.error(stopped.output.slice(-4000));
  process.exit(1);
}
if (!process.env.REPLAY_KEEP) rmSync(root, { recursive: true, force: true });
log('the image replay passed');
