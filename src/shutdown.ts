/** What a running API must let go of, in this order. */
export interface StoppableParts {
  server: { close(): Promise<void> };
  /** The job runner: stops taking work and lets runs in progress finish (they need the ORM, closed after it). */
  jobs?: { stop(timeoutMs: number): Promise<void> };
  orm: { close(force?: boolean): Promise<void> };
  database: { stop(): Promise<void> };
}

/** How a shutdown ended: everything in order, or cut short by the deadline (or a failing step). */
export type ShutdownOutcome = 'graceful' | 'forced';

function timeout(ms: number): Promise<'deadline'> {
  return new Promise((resolve) => {
    setTimeout(() => resolve('deadline'), ms).unref();
  });
}

/**
 * Stops the HTTP server (draining requests) and the job runner (finishing runs in progress), then the ORM pool, then the database. If that has not finished
 * within `deadlineMs` (a request that never ends, a hung connection), the ORM is closed forcibly and the
 * database stopped anyway, so SIGTERM always ends the process.
 */
export async function stopWithDeadline(parts: StoppableParts, deadlineMs: number, log: (line: string, error?: unknown) => void): Promise<ShutdownOutcome> {
  const graceful = (async () => {
    await Promise.all([parts.server.close(), parts.jobs?.stop(deadlineMs)]);
    await parts.orm.close(true);
    await parts.database.stop();
    return 'done' as const;
  })().catch((error: unknown) => {
    log('graceful shutdown failed', error);
    return 'failed' as const;
  });
  const result = await Promise.race([graceful, timeout(deadlineMs)]);
  if (result === 'done') return 'graceful';
  if (result === 'deadline') log(`shutdown did not finish within ${deadlineMs} ms: closing the database connections and stopping the database anyway`);
  // Forced: each step on its own, each bounded, so one that hangs cannot keep the others from running.
  await Promise.race([parts.orm.close(true).catch((error: unknown) => log('closing the ORM failed', error)), timeout(deadlineMs)]);
  await Promise.race([parts.database.stop().catch((error: unknown) => log('stopping the database failed', error)), timeout(deadlineMs)]);
  return 'forced';
}
