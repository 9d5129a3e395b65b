import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../http/request-context';
import type { RenderedAnswer, RenderRequest } from './rendered-work-queue';

/** Where a rendered answer's data keeps its JSON text (the data object itself names only the root field). */
const RENDERED_TEXT = Symbol('rendered data text');

/** An answer's `data` whose JSON PostgreSQL and Node wrote as text: `{ [rootKey]: true }` for the plugins that look. */
function renderedData(rootKey: string, text: string): Record<string, unknown> {
  return Object.defineProperty({ [rootKey]: true }, RENDERED_TEXT, { value: text, enumerable: false });
}

/**
 * Apollo's stringifyResult: a rendered answer's data is written as its text, any other answer as Apollo writes it
 * (JSON.stringify and a newline), in the same order (errors, data, extensions).
 */
export function stringifyRenderedResult(result: FormattedExecutionResult): string {
  const text = (result.data as Record<symbol, string | undefined> | null | undefined)?.[RENDERED_TEXT];
  if (text === undefined) return `${JSON.stringify(result)}\n`;
  const errors = result.errors ? `"errors":${JSON.stringify(result.errors)},` : '';
  const extensions = result.extensions ? `,"extensions":${JSON.stringify(result.extensions)}` : '';
  return `{${errors}"data":${text}${extensions}}\n`;
}

/**
 * Answers the requests PostgreSQL renders (src/read-path/rendered-work-queue.ts) before graphql-js executes them;
 * every other request, and one the renderer leaves to the general path, executes as before. A failure while
 * rendering is an INTERNAL error for the client, reported with its stack like any other (formatError).
 */
export function renderedPagePlugin(
  render: (ctx: RequestContext, request: RenderRequest) => Promise<RenderedAnswer | undefined>,
  formatError: (formatted: GraphQLFormattedError, error?: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue, document, operation, request }) {
          let answer: RenderedAnswer | undefined;
          try {
            answer = await render(contextValue, { document, operation, variables: request.variables });
          } catch (error) {
            const formatted = formatError({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
            return { http: { status: 500, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [formatted] } } };
          }
          if (answer === undefined) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: renderedData(answer.rootKey, answer.dataText) } } };
        },
      };
    },
  };
}
