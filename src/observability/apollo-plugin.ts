import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../http/request-context';
import { currentRequestRecord } from './request-record';

/** Tells the request's record which operation ran, for whom and in which society (for its log line and metrics). */
export const observabilityPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        const record = currentRequestRecord();
        if (record) record.operation = operationName ?? 'anonymous';
      },
      async willSendResponse({ contextValue }) {
        const record = currentRequestRecord();
        if (!record) return;
        record.accountId = contextValue.principal?.accountId;
        record.society = contextValue.scope?.society?.code;
      },
    };
  },
};
