import express, { type Request, type Router } from 'express';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { START_EXPLORER_SCRIPT } from './start-explorer';

/** One file the explorer page loads, served from an installed package (never a CDN). */
interface ExplorerAsset {
  name: string;
  contentType: string;
  body: () => Buffer;
}

function packageFile(pkg: string, relative: string): () => Buffer {
  return () => readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), relative));
}

function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** The pinned packages the page is built from; their versions are in the asset paths, so browsers may cache them for good. */
const ASSET_VERSION = `graphiql-${packageVersion('graphiql')}-react-${packageVersion('react')}`;
const ASSET_BASE = `/explorer/assets/${ASSET_VERSION}`;

const ASSETS: readonly ExplorerAsset[] = [
  { name: 'graphiql.min.css', contentType: 'text/css; charset=utf-8', body: packageFile('graphiql', 'graphiql.min.css') },
  { name: 'react.production.min.js', contentType: 'text/javascript; charset=utf-8', body: packageFile('react', 'umd/react.production.min.js') },
  { name: 'react-dom.production.min.js', contentType: 'text/javascript; charset=utf-8', body: packageFile('react-dom', 'umd/react-dom.production.min.js') },
  { name: 'graphiql.min.js', contentType: 'text/javascript; charset=utf-8', body: packageFile('graphiql', 'graphiql.min.js') },
  { name: 'start-explorer.js', contentType: 'text/javascript; charset=utf-8', body: () => Buffer.from(START_EXPLORER_SCRIPT, 'utf8') },
];

/**
 * Only this origin: the page works without internet access (mainland China, air-gapped networks) because the
 * browser is told to load nothing from elsewhere. GraphiQL's editor sets inline styles and its fonts are data: URIs.
 */
const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The explorer's HTML: every script and style from ASSET_BASE, the page's own start script included (no inline code). */
export function explorerPage(): string {
  const styles = ASSETS.filter((asset) => asset.name.endsWith('.css')).map((asset) => `<link rel="stylesheet" href="${ASSET_BASE}/${asset.name}">`);
  const scripts = ASSETS.filter((asset) => asset.name.endsWith('.js')).map((asset) => `<script src="${ASSET_BASE}/${asset.name}" defer></script>`);
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>GraphQL 浏览器 · Engineering capability evaluation API</title>',
    ...styles,
    '<style>html, body, #explorer { height: 100%; margin: 0; }</style>',
    '</head>',
    '<body>',
    '<div id="explorer" data-endpoint="/graphql">GraphiQL …</div>',
    ...scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Whether a GET to /graphql comes from a browser asking for a page rather than from a GraphQL client. */
export function wantsPage(req: Request): boolean {
  if (req.method !== 'GET' || req.query.query !== undefined) return false;
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/**
 * The offline GraphiQL explorer: /explorer and /graphql opened in a browser. When disabled (production unless
 * GRAPHQL_EXPLORER=1) both answer 404, and /graphql in a browser never reaches Apollo's own landing page.
 */
export function explorerRoutes(enabled: boolean): Router {
  const router = express.Router();
  const notFound = (res: express.Response) => res.status(404).type('text/plain').send('Not found');
  if (!enabled) {
    router.get(['/explorer', '/explorer/{*rest}'], (_req, res) => notFound(res));
    router.get('/graphql', (req, res, next) => (wantsPage(req) ? notFound(res) : next()));
    return router;
  }
  const page = explorerPage();
  const sendPage = (res: express.Response) => {
    res.setHeader('Content-Security-Policy', EXPLORER_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  };
  router.get('/explorer', (_req, res) => sendPage(res));
  router.get('/graphql', (req, res, next) => (wantsPage(req) ? sendPage(res) : next()));
  for (const asset of ASSETS) {
    const body = asset.body();
    router.get(`${ASSET_BASE}/${asset.name}`, (_req, res) => {
      res.setHeader('Content-Type', asset.contentType);
      res.setHeader('Cache-Control', asset.name === 'start-explorer.js' ? 'no-cache' : 'public, max-age=31536000, immutable');
      res.send(body);
    });
  }
  router.get('/explorer/{*rest}', (_req, res) => notFound(res));
  return router;
}
