#!/usr/bin/env node
/*
 * Runs a compiled entry point, compiling first only when a source is newer than the last build.
 *   node scripts/launch.js [--mode=development|production] dist/src/main.js
 * --mode sets NODE_ENV for the process (cross-platform, no cross-env), and refuses a conflicting NODE_ENV:
 * `npm start` asks for development itself, `npm run start:production` for production.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const BUILD_INFO = path.join(root, 'dist', '.tsbuildinfo');
const SOURCES = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time (ms) of any file under the given paths. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

/** True when the build is missing or a source changed after it. */
function buildIsStale(entry) {
  if (!fs.existsSync(entry) || !fs.existsSync(BUILD_INFO)) return true;
  return newestMtime(SOURCES) > fs.statSync(BUILD_INFO).mtimeMs;
}

function build() {
  console.log('[ece] sources changed since the last build: compiling (tsc --incremental)');
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves the build info alone when no output changed; the stamp must still say "built after these sources".
  const now = new Date();
  fs.utimesSync(BUILD_INFO, now, now);
}

function main(argv) {
  const modeArg = argv.find((arg) => arg.startsWith('--mode='));
  const entryArg = argv.find((arg) => !arg.startsWith('--'));
  if (!entryArg) {
    console.error('usage: node scripts/launch.js [--mode=development|production] <compiled entry>');
    process.exit(2);
  }
  if (modeArg) {
    const mode = modeArg.slice('--mode='.length);
    if (process.env.NODE_ENV && process.env.NODE_ENV !== mode) {
      console.error(`[ece] cannot start: this command runs in ${mode}, but NODE_ENV is "${process.env.NODE_ENV}". Unset NODE_ENV, or use the command for that mode (README, Configuration).`);
      process.exit(1);
    }
    process.env.NODE_ENV = mode;
  }
  const entry = path.resolve(root, entryArg);
  if (buildIsStale(entry)) build();
  require(entry);
}

main(process.argv.slice(2));
