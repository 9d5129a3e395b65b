import DataLoader from 'dataloader';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { writeAccessLog } from '../dossier/write-access-log';
import { discardQueuedNotifications, writeQueuedNotifications } from '../notifications/notify-on';
import { applyTenantScope } from '../tenancy/request-transaction';
import type { RequestContext } from './request-context';
import { shownIn } from './shown-paths';

/*
 * What a response promises about the database (README, "Transactions: what a response promises").
 *
 * Why savepoints: a request runs in one transaction, and a mutation's response carries both the command's result
 * and whatever the client selected under it. Rolling the whole transaction back on any error made a FORBIDDEN
 * nested field (or a failing loader) silently undo a write the response had just shown as done. So the unit of
 * success is the root mutation field: each one runs after a savepoint (root mutation fields run serially) and is
 * rolled back to it exactly when its resolver fails; errors in the selection below it only null those fields.
 * The transaction commits once, when the response is complete; if that commit fails, the response is replaced by
 * an error, so a client is never told of a write that is not stored.
 *
 * A query writes nothing: its transaction is rolled back, or, when the response shows dossier parts, it commits
 * only the access-log row of the parts actually shown (not those an error nulled), whose insert refuses to run if
 * the transaction wrote anything else (one statement instead of rollback, begin, settings).
 */

const SAVEPOINT = 'root_mutation_field';

/** Runs every root mutation field behind a savepoint: a field that fails leaves no write behind, the others keep theirs. */
export function withMutationSavepoints(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(schema, {
    Mutation: async (resolve, parent, args, context: RequestContext, info) => {
      await context.em.execute(`savepoint ${SAVEPOINT}`);
      try {
        const result: unknown = await resolve(parent, args, context, info);
        // graphql-shield answers a refusal by returning the error rather than throwing it.
        if (result instanceof Error) await rollbackField(context);
        // The field's events notify inside its savepoint: a message exists exactly when its event does.
        else await writeQueuedNotifications(context.em);
        return result;
      } catch (error) {
        await rollbackField(context);
        throw error;
      }
    },
  });
}

async function rollbackField(context: RequestContext): Promise<void> {
  discardQueuedNotifications(context.em);
  await context.em.execute(`rollback to savepoint ${SAVEPOINT}`);
  // Entities and loader caches may hold what was just undone.
  context.em.clear();
  clearLoaderCaches(context);
}

/** Empties every loader cache of the request. */
function clearLoaderCaches(context: RequestContext): void {
  for (const loader of Object.values(context.loaders)) if (loader instanceof DataLoader) loader.clearAll();
}

/** The parts of a finished response the commit decision looks at. */
export interface FinishedResponse {
  operation: 'query' | 'mutation' | 'subscription' | undefined;
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Ends a GraphQL request's transaction by the rules above; throws when the commit (or the access-log write)
 * fails, so the caller can replace the response. A request that never resolved an operation is rolled back.
 */
export async function endGraphQLTransaction(context: RequestContext, response: FinishedResponse): Promise<void> {
  const { em } = context;
  if (!em.isInTransaction()) return;
  // Commands flush what they change themselves: a commit must not diff every entity a large read loaded.
  em.clear();
  // The response is complete: its read models may die now rather than outlive the access-log insert and the commit
  // (fewer of a page's objects survive into the old generation, issue 14).
  clearLoaderCaches(context);
  const reads = context.dossierReads.entries(shownIn(response.data, response.errors));
  // A dry run (X-Dry-Run: true) asks whether a mutation would be accepted: it answers as it would, stores nothing
  // of the mutation, and keeps only the access log of what it showed, like a query.
  if (response.operation === undefined || (response.operation !== 'mutation' && reads.length === 0)) {
    await em.rollback();
    return;
  }
  if (context.dryRun && response.operation === 'mutation') {
    // The mutation wrote: undo it, then log what was shown in a transaction of its own.
    await em.rollback();
    if (reads.length === 0) return;
    await em.begin();
    await applyTenantScope(em, context.principal?.accountId, context.scope);
  }
  // A query commits its access-log row in its own transaction: the insert first checks that nothing else was
  // written (app_assert_nothing_written), so a query still cannot store anything but the log of what it showed.
  await writeAccessLog(em, reads, context.clock(), { queryOnly: response.operation !== 'mutation' });
  await em.commit();
}
