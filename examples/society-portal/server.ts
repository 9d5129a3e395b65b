// The example portal's own small web server: the portal's static files, the client package's ES modules, and a
// pass-through of /graphql, /files and /societies to the API (same origin for the browser: no CORS to configure).
// Run: npm run build && npm run client:build && npx tsc -p examples/society-portal/tsconfig.json, then
//      API_URL=http://localhost:4000/graphql PORT=8080 npx ts-node --transpile-only examples/society-portal/server.ts
// and open http://csee.localhost:8080/ (a *.localhost name reaches this machine; its first label picks the society).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/** URL prefix → directory; the first match serves the file. */
const STATIC: Array<[string, string]> = [
  ['/client/', path.join(ROOT, 'client/dist')],
  ['/', path.join(__dirname, 'dist')],
  ['/', path.join(__dirname, 'public')],
];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
const PROXIED = /^\/(graphql|files|societies)(\/|$|\?)/;
// Hop-by-hop headers are the connection's, not the request's.
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length']);

/** Finds a static file; an extensionless module path (the client's `./generated/graphql`) is served as `.js`. */
async function staticFile(urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const wanted = urlPath === '/' ? '/index.html' : urlPath;
  for (const [prefix, directory] of STATIC) {
    if (!wanted.startsWith(prefix)) continue;
    const relative = path.normalize(wanted.slice(prefix.length));
    if (relative.startsWith('..')) return null;
    for (const candidate of [relative, `${relative}.js`]) {
      try {
        return { body: await readFile(path.join(directory, candidate)), type: TYPES[path.extname(candidate)] ?? 'application/octet-stream' };
      } catch {
        // not here: try the next candidate
      }
    }
  }
  return null;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Passes a request on to the API and its answer back. */
async function proxy(request: IncomingMessage, response: ServerResponse, apiOrigin: string): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const answer = await fetch(new URL(request.url!, apiOrigin), { method: request.method, headers, body: hasBody ? await bodyOf(request) : undefined });
  const outgoing: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') outgoing[name] = value;
  });
  response.writeHead(answer.status, outgoing).end(Buffer.from(await answer.arrayBuffer()));
}

/** Starts the portal server in front of the API at apiUrl (its /graphql address); port 0 picks a free one. */
export async function startPortal(options: { apiUrl: string; port?: number }): Promise<{ port: number; close: () => Promise<void> }> {
  const apiOrigin = new URL(options.apiUrl).origin;
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://portal').pathname;
    const work = PROXIED.test(request.url ?? '') ? proxy(request, response, apiOrigin) : staticFile(decodeURIComponent(urlPath)).then((file) => {
      if (file) response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    work.catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`portal: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (require.main === module) {
  startPortal({ apiUrl: process.env.API_URL ?? 'http://localhost:4000/graphql', port: Number(process.env.PORT ?? 8080) })
    .then(({ port }) => console.log(`society portal on http://csee.localhost:${port}/ (any <society>.localhost)`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
