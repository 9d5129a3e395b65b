import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningServer } from '../../src/http/server';

/** Who a WebSocket connection says it is (connectionParams). */
export interface LiveParams {
  token?: string;
  society?: string;
  language?: string;
}

/** How a subscription ended: completed, an error message with its formatted errors, or the socket's close. */
export interface LiveEnding {
  completed?: true;
  errors?: readonly GraphQLFormattedError[];
  closed?: { code: number; reason: string };
}

/** One subscription of a test, its results as they come and how it ended. */
export interface LiveSubscription<R> {
  results: Array<FormattedExecutionResult<R>>;
  /** The next result not yet taken; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<R>>;
  /** Resolves when the subscription ends (however it ends). */
  ended: Promise<LiveEnding>;
  /** Stops the subscription from the client's side. */
  stop(): void;
}

/** A real graphql-ws client over a real WebSocket (the `ws` package), with connection_init's payload. */
export function liveClient(server: Pick<RunningServer, 'liveUrl'>, params: LiveParams = {}): Client & { closedWith: Promise<{ code: number; reason: string }> } {
  let closed!: (event: { code: number; reason: string }) => void;
  const closedWith = new Promise<{ code: number; reason: string }>((resolve) => {
    closed = resolve;
  });
  const client = createClient({
    url: server.liveUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: {
      ...(params.token ? { authorization: `Bearer ${params.token}` } : {}),
      ...(params.society ? { society: params.society } : {}),
      ...(params.language ? { language: params.language } : {}),
    },
    on: { closed: (event) => closed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  return Object.assign(client, { closedWith });
}

/** Subscribes with a typed operation of schema/operations; results and the ending are collected. */
export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables?: V): LiveSubscription<R> {
  const results: Array<FormattedExecutionResult<R>> = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  let end!: (ending: LiveEnding) => void;
  const ended = new Promise<LiveEnding>((resolve) => {
    end = resolve;
  });
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  const stop = client.subscribe<R>({ query: print(document), variables: variables as Record<string, unknown> | undefined }, {
    next: (value) => {
      results.push(value as FormattedExecutionResult<R>);
      wake();
    },
    error: (error) => {
      if (Array.isArray(error)) end({ errors: error as GraphQLFormattedError[] });
      else if (error && typeof error === 'object' && 'code' in error) end({ closed: { code: (error as { code: number }).code, reason: String((error as { reason?: unknown }).reason ?? '') } });
      else end({ errors: [{ message: String(error) }] });
      wake();
    },
    complete: () => {
      end({ completed: true });
      wake();
    },
  });
  let finished = false;
  void ended.then(() => {
    finished = true;
  });
  return {
    results,
    ended,
    stop,
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= results.length) {
        if (finished) throw new Error(`the subscription ended before another result: ${JSON.stringify(await ended)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no result within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return results[taken++];
    },
  };
}

/** Waits until the server holds `count` open subscriptions (they listen from then on); fails after `timeoutMs`. */
export async function subscriptionsOpen(server: Pick<RunningServer, 'liveSubscriptions'>, count: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.liveSubscriptions !== count) {
    if (Date.now() > deadline) throw new Error(`the server holds ${server.liveSubscriptions} subscriptions, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets `ms` pass (for "nothing arrives" checks, after a write whose announcement would have come well within it). */
export function quietFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
