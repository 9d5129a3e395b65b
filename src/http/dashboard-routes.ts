import express, { type Response, type Router } from 'express';
import { DASHBOARD_CSS, DASHBOARD_HTML, DASHBOARD_JS } from '../dashboard/dashboard-assets';

/**
 * The page may run its own script and style and talk to this API, nothing else: the API's default CSP
 * (default-src 'none') is relaxed to exactly that for these three responses.
 */
const DASHBOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

function send(res: Response, type: string, body: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('Cache-Control', 'no-cache');
  res.status(200).send(body);
}

/**
 * GET /dashboard (and its script and style): the federation's report dashboard. The page holds no data; it signs
 * in and reads the reports through /graphql with the user's token, so the report policies decide what it shows.
 */
export function dashboardRoutes(): Router {
  const router = express.Router();
  router.get('/dashboard', (_req, res) => send(res, 'text/html; charset=utf-8', DASHBOARD_HTML));
  router.get('/dashboard/dashboard.js', (_req, res) => send(res, 'text/javascript; charset=utf-8', DASHBOARD_JS));
  router.get('/dashboard/dashboard.css', (_req, res) => send(res, 'text/css; charset=utf-8', DASHBOARD_CSS));
  return router;
}
