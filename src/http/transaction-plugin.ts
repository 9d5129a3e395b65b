import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors/app-error';
import { endGraphQLTransaction } from './commit-rules';
import type { Logger } from '../observability/logger';
import { currentRequestRecord } from '../observability/request-record';
import type { RequestContext } from './request-context';

/**
 * Ends each GraphQL request's transaction once the response is ready, by the commit rules (commit-rules.ts).
 * When the commit fails, the response is replaced by an error: it must not report a write that is not stored.
 * Requests Apollo rejects before this hook are released by releasingRequestTransaction.
 */
export function createTransactionPlugin(
  formatError: (error: GraphQLFormattedError) => GraphQLFormattedError, logger: Pick<Logger, 'error'>,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          try {
            await endGraphQLTransaction(contextValue, { operation: operation?.operation, data: result.data, errors: result.errors });
            // Apollo takes the status of the first error's code; when a root field resolved, its result stands (and a
            // mutation's write is stored), so the request succeeded: a nested refusal must not read as a failed write.
            if (result.data && Object.values(result.data).some((value) => value !== null)) response.http.status = 200;
          } catch (error) {
            logger.error({ err: error, requestId: currentRequestRecord()?.requestId }, 'commit failed; the response reports nothing as done');
            const failure = new AppError('COMMIT_FAILED');
            response.body.singleResult = { errors: [formatError({ message: failure.message, extensions: failure.extensions })] };
            response.http.status = 500;
          }
        },
      };
    },
  };
}
