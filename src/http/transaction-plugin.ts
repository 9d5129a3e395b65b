import type { ApolloServerPlugin } from '@apollo/server';
import { finishRequestTransaction, type RequestContext } from './request-context';

/**
 * Ends each request's transaction once the response is ready: a mutation with any error rolls
 * back whole (a failed command changes nothing), and so does a dry run (X-Dry-Run: true: a client asks
 * whether a step would be accepted); everything else commits.
 */
export const transactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const failed = !operation || (operation.operation === 'mutation' && ((errors?.length ?? 0) > 0 || contextValue.dryRun));
        await finishRequestTransaction(contextValue, failed);
      },
    };
  },
};
