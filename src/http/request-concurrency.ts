import type { NextFunction, Request, Response } from 'express';

/** What a request beyond the waiting line gets: the formatted SERVER_BUSY error, sent with HTTP 503 and Retry-After. */
export type RefuseOverflow = (res: Response) => void;

/**
 * Lets at most `limit` GraphQL requests of this process execute at once; the others wait, first come first served.
 * Under 50 concurrent connections every request in flight holds its rows, read models and half-built response at
 * the same time, which is what drove the process to 440 MB and each request's latency to the slowest interleaving
 * (issue 14). On two cores a handful in flight keep the CPU and the database busy; a waiting request costs only its
 * socket. The slot is given back when the response ends or the client goes away, whichever comes first. At most
 * `queueLimit` wait; the next is refused with `refuseOverflow`.
 */
export function requestConcurrencyLimit(
  limit: number,
  queueLimit = Number.POSITIVE_INFINITY,
  refuseOverflow: RefuseOverflow = (res) => res.status(503).set('Retry-After', '1').end(),
): (req: Request, res: Response, next: NextFunction) => void {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const nextInLine = waiting.shift();
    if (nextInLine) nextInLine();
    else running -= 1;
  };
  return (_req, res, next) => {
    const start = () => {
      let released = false;
      // 'close' comes after 'finish' too, and alone when the client goes away: one of them gives the slot back once.
      res.once('close', () => {
        if (released) return;
        released = true;
        release();
      });
      next();
    };
    if (running < limit) {
      running += 1;
      start();
      return;
    }
    // The waiting line is bounded too: past it a request is refused at once (503, retry shortly) rather than holding
    // a socket and, later, a slot for an answer its client may no longer wait for.
    if (waiting.length >= queueLimit) {
      refuseOverflow(res);
      return;
    }
    const queued = () => {
      res.off('close', dropQueued);
      // The client left while waiting: its slot goes straight on to the next in line.
      if (res.destroyed || res.writableEnded) release();
      else start();
    };
    const dropQueued = () => {
      const index = waiting.indexOf(queued);
      if (index >= 0) waiting.splice(index, 1);
    };
    res.once('close', dropQueued);
    waiting.push(queued);
  };
}
