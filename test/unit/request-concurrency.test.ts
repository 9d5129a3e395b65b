import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestConcurrencyLimit } from '../../src/http/request-concurrency';

/** An HTTP server whose handler answers only when the test releases it, behind the concurrency limit. */
async function gatedServer(limit: number, queueLimit?: number) {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  const app = express();
  app.use(requestConcurrencyLimit(limit, queueLimit));
  app.get('/:name', (req, res) => {
    started.push(req.params.name);
    gates.set(req.params.name, () => res.send(req.params.name));
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { started, gates, base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('requestConcurrencyLimit', () => {
  it('runs at most the limit at once and lets the waiting ones in, first come first served, as slots free', async () => {
    const server = await gatedServer(2);
    try {
      const answers = ['a', 'b', 'c', 'd'].map((name) => fetch(`${server.base}/${name}`).then((res) => res.text()));
      await settle();
      expect(server.started).toEqual(['a', 'b']);
      server.gates.get('a')!();
      await settle();
      expect(server.started).toEqual(['a', 'b', 'c']);
      server.gates.get('b')!();
      server.gates.get('c')!();
      await settle();
      server.gates.get('d')!();
      expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await server.close();
    }
  });

  it('gives the slot back when a running client goes away, and never starts one that left while waiting', async () => {
    const server = await gatedServer(1);
    try {
      const leaving = new AbortController();
      const waitingThenLeaving = new AbortController();
      const first = fetch(`${server.base}/first`, { signal: leaving.signal }).catch(() => 'aborted');
      await settle();
      const second = fetch(`${server.base}/second`, { signal: waitingThenLeaving.signal }).catch(() => 'aborted');
      await settle();
      const third = fetch(`${server.base}/third`).then((res) => res.text());
      await settle();
      expect(server.started).toEqual(['first']);
      waitingThenLeaving.abort();
      await settle();
      leaving.abort();
      await settle();
      expect(server.started).toEqual(['first', 'third']);
      server.gates.get('third')!();
      expect(await third).toBe('third');
      expect(await Promise.all([first, second])).toEqual(['aborted', 'aborted']);
    } finally {
      await server.close();
    }
  });

  it('refuses a request beyond the waiting line at once with 503 and Retry-After, and never starts it', async () => {
    const server = await gatedServer(1, 1);
    try {
      const running = fetch(`${server.base}/running`).then((res) => res.text());
      await settle();
      const waiting = fetch(`${server.base}/waiting`).then((res) => res.text());
      await settle();
      const refused = await fetch(`${server.base}/refused`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      server.gates.get('running')!();
      await settle();
      server.gates.get('waiting')!();
      expect(await Promise.all([running, waiting])).toEqual(['running', 'waiting']);
      expect(server.started).toEqual(['running', 'waiting']);
    } finally {
      await server.close();
    }
  });
});
