import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { decodeGlobalId, encodeGlobalId, isNodeType, type GlobalId, type NodeTypeName } from '../../common/global-id';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { inboxNotification } from '../../notifications/inbox';
import { mayUseRootQuery } from '../../policies/node.policy';
import { ApplicationQueriesResolver } from '../applications/application-queries.resolver';
import { PublicNoticeResolver } from '../applications/public-notice.resolver';
import { RegistrationResolver } from '../applications/registration.resolver';
import { ComplaintResolver } from '../complaints/complaint.resolver';
import { ExaminerResolver } from '../examiners/examiner.resolver';
import { ownerOf, toNotificationType } from '../notifications/notification.resolver';
import { ReferenceQueryResolver } from '../reference/reference.resolver';
import { MAX_PAGE_SIZE } from './connection';
import { asNode, NodeInterface } from './node.types';

/** How `node` reads one type: the root query whose rule and read path it reuses, and the key of an object. */
interface NodeReader {
  /** The root query answering this type (its access-table rule applies first). */
  rootQuery: string;
  /** The object for a key, through that query's own read path (tenant walls, policies, audit); null when absent. */
  read: (ctx: RequestContext, info: GraphQLResolveInfo, key: string) => Promise<object | null | undefined>;
  /** The key a global id wraps, from an object as the API returns it. */
  keyOf: (object: Record<string, unknown>) => unknown;
  /**
   * Many objects by key in one read, for `nodes(ids:)`: each key maps to what `read` would give for it (the object,
   * null, or the error it would throw). Types without it are read one key at a time.
   */
  readMany?: (ctx: RequestContext, info: GraphQLResolveInfo, keys: readonly string[]) => Promise<ReadonlyMap<string, object | Error | null>>;
}

const byId = (object: Record<string, unknown>) => object.id;

// Each entry calls the type's own root query resolver: node(id:) can show nothing that query would not.
const NODE_READERS: Record<NodeTypeName, NodeReader> = {
  Application: {
    rootQuery: 'application', keyOf: byId,
    read: (ctx, info, key) => new ApplicationQueriesResolver().application(ctx, info, key),
    readMany: (ctx, info, keys) => new ApplicationQueriesResolver().applicationsById(ctx, info, keys),
  },
  Complaint: { rootQuery: 'complaint', keyOf: byId, read: (ctx, _info, key) => new ComplaintResolver().complaint(ctx, key) },
  Examiner: { rootQuery: 'examiner', keyOf: byId, read: (ctx, _info, key) => new ExaminerResolver().examiner(ctx, key) },
  // The inbox's own condition (the recipient, the society in scope): `notifications` has no by-id twin.
  Notification: {
    rootQuery: 'notifications', keyOf: byId,
    read: async (ctx, _info, key) => {
      const row = await inboxNotification(ctx.em, ownerOf(ctx), key);
      return row && toNotificationType(row);
    },
  },
  // The open notices of the society in scope, as `publicNotices` lists them: a closed or foreign notice is absent.
  PublicNotice: {
    rootQuery: 'publicNotices', keyOf: byId,
    read: async (ctx, _info, key) => (await new PublicNoticeResolver().publicNotices(ctx)).find((notice) => notice.id === key),
  },
  RegisteredMember: { rootQuery: 'registeredMember', keyOf: (object) => object.registrationNumber, read: (ctx, _info, key) => new RegistrationResolver().registeredMember(ctx, key) },
  Society: { rootQuery: 'society', keyOf: (object) => object.code, read: (ctx, _info, key) => new ReferenceQueryResolver().society(ctx, key) },
};

/** What `readMany` answered for each type, by key: `nodes(ids:)` reads such types once before its items. */
type ReadAhead = ReadonlyMap<NodeTypeName, ReadonlyMap<string, object | Error | null>>;

/**
 * One object by global id (decoded: undefined when malformed), or the error its own root query would give. Absent and
 * not visible are one answer, NOT_FOUND on `field`, whatever the root query says (null, or NOT_FOUND on its own
 * argument): no existence leak. An object of a type read ahead is taken from `readAhead`, after the same rule.
 */
async function readNode(ctx: RequestContext, info: GraphQLResolveInfo, id: GlobalId | undefined, field: string, readAhead?: ReadAhead): Promise<object> {
  // The input guard refuses malformed ids before any resolver runs; this keeps the resolver safe on its own.
  if (!id) throw new AppError('MALFORMED_GLOBAL_ID', { field, params: { field } });
  const reader = NODE_READERS[id.type];
  if (!mayUseRootQuery(ctx, reader.rootQuery)) throw new AppError(ctx.principal ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  let object: object | null | undefined;
  try {
    const readFirst = readAhead?.get(id.type);
    if (readFirst) {
      const found = readFirst.get(id.key);
      if (found instanceof Error) throw found;
      object = found;
    } else {
      object = await reader.read(ctx, info, id.key);
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', { field });
    throw error;
  }
  if (!object) throw new AppError('NOT_FOUND', { field });
  return asNode(object, id.type);
}

/**
 * Reads at once every object of a type that can be read many at a time (`readMany`) and whose root query the viewer
 * may use: a list of 100 applications is one statement, not 100. The others are left to readNode one by one.
 */
async function readTypesAhead(ctx: RequestContext, info: GraphQLResolveInfo, ids: ReadonlyArray<GlobalId | undefined>): Promise<ReadAhead> {
  const keysByType = new Map<NodeTypeName, string[]>();
  for (const id of ids) {
    const reader = id && NODE_READERS[id.type];
    if (!id || !reader?.readMany || !mayUseRootQuery(ctx, reader.rootQuery)) continue;
    const keys = keysByType.get(id.type);
    if (keys) keys.push(id.key);
    else keysByType.set(id.type, [id.key]);
  }
  const readAhead = new Map<NodeTypeName, ReadonlyMap<string, object | Error | null>>();
  for (const [type, keys] of keysByType) readAhead.set(type, await NODE_READERS[type].readMany!(ctx, info, keys));
  return readAhead;
}

/** Relay object identification: `node`, `nodes`, and the global id of every Node. */
@Resolver(() => NodeInterface)
export class NodeResolver {
  /** Any object with a global id, through the root query of its type: the same rule, walls and answer. */
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'The object a global id (an object\'s `nodeId`) names, exactly as its own root query answers it; NOT_FOUND when it does not exist or the viewer may not see it (the same answer for both), MALFORMED_GLOBAL_ID when the id is not one',
  })
  node(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<object> {
    return readNode(ctx, info, decodeGlobalId(id), 'id');
  }

  /** Several objects by global id, in the order asked; each absent or hidden one is null with its own NOT_FOUND. */
  @Query(() => [NodeInterface], {
    nullable: 'itemsAndList',
    description: `Up to ${MAX_PAGE_SIZE} objects by global id, in the order given; each one that is absent or not visible is null with its own error at its index`,
  })
  async nodes(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('ids', () => [ID]) ids: string[]): Promise<Array<object | Error>> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new AppError('BAD_USER_INPUT', { field: 'ids', params: { detail: `at most ${MAX_PAGE_SIZE} ids`, detailZh: `最多 ${MAX_PAGE_SIZE} 个标识` } });
    }
    const decoded = ids.map(decodeGlobalId);
    const readAhead = await readTypesAhead(ctx, info, decoded);
    // The others one after another: the request's transaction runs one statement at a time anyway. An Error in the
    // list becomes that item's null and its error (graphql-js completes list items that way).
    const answers: Array<object | Error> = [];
    for (const [index, id] of decoded.entries()) answers.push(await readNode(ctx, info, id, `ids[${index}]`, readAhead).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    return answers;
  }

  /** The global id of any Node, from its concrete type and its key. */
  @FieldResolver(() => ID, { nullable: true })
  nodeId(@Root() object: Record<string, unknown>, @Info() info: GraphQLResolveInfo): string | null {
    const type = info.parentType.name;
    const key = isNodeType(type) ? NODE_READERS[type].keyOf(object) : undefined;
    return typeof key === 'string' && isNodeType(type) ? encodeGlobalId(type, key) : null;
  }
}
