import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { AppError } from '../errors/app-error';
import { endGraphQLTransaction } from '../http/commit-rules';
import { rollbackQuietly, type RequestContext } from '../http/request-context';
import type { SubscriptionName } from '../policies/live.policy';
import type { LiveConnection } from './live-connection';
import { LIVE_FEEDS, type LiveFeed } from './live-feeds';
import type { LiveListener } from './live-listener';
import type { LiveSignal } from './live-signal';
import type { LiveStream } from './live-stream';

/** What a Subscription root field's subscribe function finds in its context: the way to open its feed. */
export interface LiveSession {
  follow(name: SubscriptionName, args: Record<string, unknown>, ctx: RequestContext): Promise<AsyncIterable<LiveSignal>>;
}

/**
 * The `subscribe` of a Subscription root field (type-graphql's @Subscription option): opens the named feed for the
 * connection the context came from. Over HTTP there is none: subscriptions are served over WebSocket only.
 */
export function followFeed(name: SubscriptionName) {
  return ({ args, context }: { args: Record<string, unknown>; context: unknown }): Promise<AsyncIterable<LiveSignal>> => {
    const session = (context as { live?: LiveSession }).live;
    if (!session) {
      throw new AppError('BAD_REQUEST', {
        params: { detail: 'subscriptions are served over WebSocket (graphql-transport-ws) at /graphql', detailZh: '订阅仅通过 WebSocket（graphql-transport-ws 协议）在 /graphql 提供' },
      });
    }
    return session.follow(name, args, context as RequestContext);
  };
}

/** What every subscription of a server shares. */
export interface LiveOperationParts {
  listener: LiveListener;
  /** How many signals one subscription may fall behind before it is ended (SUBSCRIPTION_INTERRUPTED). */
  maxPendingEvents: number;
}

/** One subscription's chosen feed, its arguments and its stream of signals, set when its subscribe function ran. */
class FeedSession implements LiveSession {
  chosen?: { feed: LiveFeed<Record<string, unknown>, unknown>; args: Record<string, unknown>; stream: LiveStream };

  constructor(private readonly parts: LiveOperationParts) {}

  async follow(name: SubscriptionName, args: Record<string, unknown>, ctx: RequestContext): Promise<AsyncIterable<LiveSignal>> {
    const feed = LIVE_FEEDS[name] as LiveFeed<Record<string, unknown>, unknown> | undefined;
    if (!feed) throw new AppError('FORBIDDEN');
    // Authorized when subscribing, as the subscriber, before anything is listened for.
    const route = await feed.open(ctx, args);
    const stream = await this.parts.listener.follow(route, this.parts.maxPendingEvents);
    this.chosen = { feed, args, stream };
    return stream;
  }
}

/** An operation that fails at once: graphql-ws sends its error (formatted, with its code) and nothing else. */
function failing(error: unknown): AsyncIterableIterator<ExecutionResult> {
  return {
    next: () => Promise.reject(error),
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql-ws's `subscribe`: runs the root field's subscribe function in a context of its own (the subscribe-time
 * authorization; that transaction is rolled back, it read only), then answers every signal with a fresh context:
 * the principal and tenant resolved again from the connection's credentials, the feed's admission rule, then the
 * operation executed as a query of the subscriber (every field under the access table), its access-log row committed
 * like a query's. A refusal ends the stream with its code (SUBSCRIPTION_REVOKED, ACCOUNT_DISABLED, TOKEN_EXPIRED…).
 */
export async function subscribeLive(args: ExecutionArgs, parts: LiveOperationParts): Promise<AsyncIterableIterator<ExecutionResult>> {
  const connection = args.contextValue as LiveConnection;
  const session = new FeedSession(parts);
  let opening: RequestContext;
  try {
    opening = await connection.openContext();
  } catch (error) {
    return failing(error);
  }
  let source: Awaited<ReturnType<typeof createSourceEventStream>>;
  try {
    source = await createSourceEventStream({ ...args, contextValue: Object.assign(opening, { live: session }) });
  } catch (error) {
    source = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error as Error })] };
  } finally {
    await rollbackQuietly(opening.em);
  }
  if (!session.chosen || !(Symbol.asyncIterator in source)) {
    await session.chosen?.stream.return();
    const errors = 'errors' in source ? source.errors : undefined;
    return failing(errors?.[0] ?? new AppError('FORBIDDEN'));
  }
  return new LiveOperation(connection, session.chosen, args);
}

/** The results of one subscription, one per admitted signal; an async iterator graphql-ws can end at any time. */
class LiveOperation implements AsyncIterableIterator<ExecutionResult> {
  private finished = false;
  private readonly forget: () => void;

  constructor(
    private readonly connection: LiveConnection,
    private readonly chosen: NonNullable<FeedSession['chosen']>,
    private readonly args: ExecutionArgs,
  ) {
    // The connection ends it (token expired, socket closed) through its stream: the error comes out of next().
    this.forget = connection.keep(chosen.stream);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (!this.finished) {
      let step: IteratorResult<LiveSignal>;
      try {
        step = await this.chosen.stream.next();
      } catch (error) {
        this.finish();
        throw error;
      }
      if (step.done) break;
      let result: ExecutionResult | undefined;
      try {
        result = await this.deliver(step.value);
      } catch (error) {
        this.finish();
        throw error;
      }
      if (result && !this.finished) return { value: result, done: false };
    }
    this.finish();
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.forget();
    void this.chosen.stream.return();
  }

  /** One signal, as the subscriber now: undefined when the feed does not show it to them. */
  private async deliver(signal: LiveSignal): Promise<ExecutionResult | undefined> {
    // The principal, their grants and the tenant, resolved again: a disabled account or a lost society ends here.
    const ctx = await this.connection.openContext();
    let ended = false;
    try {
      const root = await this.chosen.feed.admit(ctx, signal, this.chosen.args);
      if (root === undefined) return undefined;
      const result = await execute({ ...this.args, rootValue: root, contextValue: ctx });
      try {
        await endGraphQLTransaction(ctx, { operation: 'subscription', data: result.data as Record<string, unknown> | null | undefined, errors: result.errors });
      } catch (error) {
        // What was read is logged before it is shown: without the log row, nothing is shown.
        throw new AppError('COMMIT_FAILED', { cause: error });
      }
      ended = true;
      return result;
    } finally {
      if (!ended) await rollbackQuietly(ctx.em);
    }
  }
}
