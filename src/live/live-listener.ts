import { Client } from 'pg';
import { AppError } from '../errors/app-error';
import type { Logger } from '../observability/logger';
import { LIVE_CHANNEL, parseLiveSignal, type LiveSignal } from './live-signal';
import { LiveStream } from './live-stream';

/** The process's one listening connection and the subscriptions it feeds. */
export interface LiveListener {
  /**
   * A stream of the signals `route` wants, once the connection listens (it is opened with the first subscription).
   * Refused with SUBSCRIPTION_INTERRUPTED when the database cannot be reached in time.
   */
  follow(route: (signal: LiveSignal) => boolean, capacity: number): Promise<LiveStream>;
  /** Ends every stream and the connection; no reconnection after it. */
  close(): Promise<void>;
  /** Whether the connection listens now (for tests and /readyz-like checks). */
  readonly listening: boolean;
  /** How many subscriptions of this process it feeds now. */
  readonly size: number;
}

/** How the listener connects and how patiently. */
export interface LiveListenerOptions {
  connectionString: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How long a new subscription waits for the listening connection. */
  connectTimeoutMs?: number;
  /** First pause before a reconnection attempt (doubling up to 10 s). */
  retryMs?: number;
  /** How often an idle connection is checked with a round trip (a silently dead connection would deliver nothing). */
  pingIntervalMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * One dedicated PostgreSQL connection per process, LISTENing on `ece_live` (never a pooled one: LISTEN belongs to the
 * session). Every API process has its own, so an event committed through any process reaches the subscribers of all.
 * When the connection is lost, every stream it fed ends with SUBSCRIPTION_INTERRUPTED (events of the gap are not
 * replayed: the client reads the current state and subscribes again), and the listener reconnects with back-off.
 */
export function createLiveListener(options: LiveListenerOptions): LiveListener {
  const { logger } = options;
  const streams = new Set<LiveStream>();
  let client: Client | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;
  let ping: NodeJS.Timeout | undefined;

  const lost = (lostClient: Client, error?: unknown) => {
    if (client !== lostClient) return;
    client = undefined;
    if (ping) clearInterval(ping);
    lostClient.removeAllListeners('notification');
    lostClient.end().catch(() => undefined);
    if (!closed) logger.warn({ err: error, subscriptions: streams.size }, 'live: the listening connection was lost; its subscriptions are ended');
    for (const stream of [...streams]) stream.end(new AppError('SUBSCRIPTION_INTERRUPTED'));
  };

  const connectOnce = async (): Promise<void> => {
    let pause = options.retryMs ?? 250;
    while (!closed) {
      const candidate = new Client({ connectionString: options.connectionString, application_name: 'ece-live', keepAlive: true });
      candidate.on('error', (error) => lost(candidate, error));
      candidate.on('end', () => lost(candidate));
      try {
        await candidate.connect();
        await candidate.query(`listen ${LIVE_CHANNEL}`);
      } catch (error) {
        candidate.removeAllListeners('end');
        candidate.end().catch(() => undefined);
        logger.warn({ err: error, retryInMs: pause }, 'live: cannot listen on the database yet');
        await sleep(pause);
        pause = Math.min(pause * 2, 10_000);
        continue;
      }
      if (closed) {
        await candidate.end().catch(() => undefined);
        return;
      }
      candidate.on('notification', (message) => {
        if (message.channel !== LIVE_CHANNEL) return;
        const signal = parseLiveSignal(message.payload);
        if (signal) for (const stream of [...streams]) stream.push(signal);
      });
      client = candidate;
      ping = setInterval(() => {
        candidate.query('select 1').catch((error: unknown) => lost(candidate, error));
      }, options.pingIntervalMs ?? 30_000);
      ping.unref();
      logger.info({ channel: LIVE_CHANNEL }, 'live: listening for committed events');
      return;
    }
  };

  const listening = async (): Promise<void> => {
    if (client) return;
    connecting ??= connectOnce().finally(() => {
      connecting = undefined;
    });
    const timeout = options.connectTimeoutMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeout);
    });
    const outcome = await Promise.race([connecting, gaveUp]);
    clearTimeout(timer);
    if (outcome === 'timeout' || !client) throw new AppError('SUBSCRIPTION_INTERRUPTED');
  };

  return {
    async follow(route, capacity) {
      if (closed) throw new AppError('SUBSCRIPTION_INTERRUPTED');
      await listening();
      const stream = new LiveStream(route, capacity, (ended) => streams.delete(ended));
      streams.add(stream);
      return stream;
    },
    async close() {
      closed = true;
      for (const stream of [...streams]) stream.end();
      const current = client;
      client = undefined;
      if (ping) clearInterval(ping);
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
    get listening() {
      return client !== undefined;
    },
    get size() {
      return streams.size;
    },
  };
}
