import { AppError } from '../errors/app-error';
import type { LiveSignal } from './live-signal';

/**
 * The signals of one subscription, in the order the database announced them: a bounded queue read as an async
 * iterator. A subscriber that falls `capacity` signals behind is ended (SUBSCRIPTION_INTERRUPTED) rather than
 * silently skipping events; `end` also ends it with an error (the listening connection was lost, the token expired).
 */
export class LiveStream implements AsyncIterableIterator<LiveSignal> {
  private readonly queue: LiveSignal[] = [];
  private waiting?: { resolve(result: IteratorResult<LiveSignal>): void; reject(error: unknown): void };
  private ended = false;
  private failure?: unknown;

  constructor(
    private readonly route: (signal: LiveSignal) => boolean,
    private readonly capacity: number,
    private readonly onEnd: (stream: LiveStream) => void,
  ) {}

  /** Offers a signal; taken only when the subscription's route wants it. */
  push(signal: LiveSignal): void {
    if (this.ended || !this.route(signal)) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value: signal, done: false });
      return;
    }
    if (this.queue.length >= this.capacity) {
      this.end(new AppError('SUBSCRIPTION_INTERRUPTED'));
      return;
    }
    this.queue.push(signal);
  }

  /** Ends the stream: the signals already queued are still read, then the error (if any) is thrown once. */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    this.onEnd(this);
    if (this.waiting) {
      const { resolve, reject } = this.waiting;
      this.waiting = undefined;
      if (error === undefined) resolve({ value: undefined, done: true });
      else {
        this.failure = undefined;
        reject(error);
      }
    }
  }

  /** The next signal, waiting for one when none is queued. */
  next(): Promise<IteratorResult<LiveSignal>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.ended) {
      const failure = this.failure;
      this.failure = undefined;
      return failure === undefined ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(failure);
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The subscriber leaves: nothing more is queued or read. */
  return(): Promise<IteratorResult<LiveSignal>> {
    this.queue.length = 0;
    this.end();
    this.failure = undefined;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveSignal> {
    return this;
  }
}
