import { stopWithDeadline, type StoppableParts } from '../../src/shutdown';

/** Records the order in which the parts were stopped; `hangs` names parts whose stop never finishes. */
function parts(hangs: Array<'server' | 'orm' | 'database'> = []): { parts: StoppableParts; calls: string[] } {
  const calls: string[] = [];
  const step = (name: 'server' | 'orm' | 'database') => () => {
    calls.push(name);
    return hangs.includes(name) ? new Promise<void>(() => undefined) : Promise.resolve();
  };
  return { calls, parts: { server: { close: step('server') }, orm: { close: step('orm') }, database: { stop: step('database') } } };
}

describe('stopWithDeadline', () => {
  it('stops the server, the ORM and the database in order', async () => {
    const { parts: running, calls } = parts();
    await expect(stopWithDeadline(running, 1000, () => undefined)).resolves.toBe('graceful');
    expect(calls).toEqual(['server', 'orm', 'database']);
  });

  it('stops the job runner with the server, before the ORM its runs need', async () => {
    const { parts: running, calls } = parts();
    const stopped: number[] = [];
    running.jobs = { stop: async (timeoutMs) => { calls.push('jobs'); stopped.push(timeoutMs); } };
    await expect(stopWithDeadline(running, 1000, () => undefined)).resolves.toBe('graceful');
    expect(calls).toEqual(['server', 'jobs', 'orm', 'database']);
    expect(stopped).toEqual([1000]);
  });

  it('closes the ORM and stops the database anyway when the server never finishes draining', async () => {
    const { parts: running, calls } = parts(['server']);
    const log: string[] = [];
    const started = Date.now();
    await expect(stopWithDeadline(running, 200, (line) => log.push(line))).resolves.toBe('forced');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(calls).toEqual(['server', 'orm', 'database']);
    expect(log).toEqual(['shutdown did not finish within 200 ms: closing the database connections and stopping the database anyway']);
  });

  it('still stops the database when closing the ORM hangs too', async () => {
    const { parts: running, calls } = parts(['server', 'orm']);
    await expect(stopWithDeadline(running, 100, () => undefined)).resolves.toBe('forced');
    expect(calls).toEqual(['server', 'orm', 'database']);
  });
});
