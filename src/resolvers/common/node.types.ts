import { Field, ID, InterfaceType } from 'type-graphql';
import { isNodeType, type NodeTypeName } from '../../common/global-id';

const NODE_TYPE = Symbol('node type');

/** Marks an object `node` answers with its GraphQL type, so the interface can name it (the objects are plain). */
export function asNode<T extends object>(object: T, type: NodeTypeName): T {
  return Object.defineProperty(object, NODE_TYPE, { value: type, enumerable: false });
}

/**
 * Relay's object identification (https://relay.dev/graphql/objectidentification.htm), with the global id in
 * `nodeId` rather than `id`: every `id` keeps the UUID that mutations take (as PostGraphile does). Relay clients set
 * `schemaConfig.nodeInterfaceIdField: 'nodeId'`. Nullable, as every guarded field is.
 */
@InterfaceType('Node', {
  description: 'An object that can be fetched again by its global id with `node(id:)`',
  resolveType: (value: object) => {
    const type = (value as Record<symbol, unknown>)[NODE_TYPE];
    return typeof type === 'string' && isNodeType(type) ? type : undefined;
  },
})
export abstract class NodeInterface {
  @Field(() => ID, { nullable: true, description: 'Global id: opaque, stable, unique across types; pass it to `node(id:)`. `id` stays the UUID mutations take' })
  nodeId?: string | null;
}
