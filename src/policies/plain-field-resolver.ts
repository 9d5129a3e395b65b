import type { GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Params = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>;

/** How one parameter of a field resolver method is read from graphql-js' arguments; undefined if it needs type-graphql. */
function paramReader(param: Params[number]): ((root: unknown, ctx: Record<string, unknown>, info: unknown) => unknown) | undefined {
  switch (param.kind) {
    case 'root': {
      const { propertyName, getType } = param;
      if (propertyName !== undefined) return undefined;
      if (!getType) return (root) => root;
      // type-graphql converts a root that is not yet an instance of its class; such a call keeps type-graphql's path.
      const type: unknown = getType();
      if (typeof type !== 'function') return undefined;
      return (root) => (root instanceof type ? root : NOT_PLAIN);
    }
    case 'context': {
      const { propertyName } = param;
      return propertyName === undefined ? (_root, ctx) => ctx : (_root, ctx) => ctx[propertyName];
    }
    case 'info':
      return (_root, _ctx, info) => info;
    default:
      // Arguments (converted and validated), pub-sub and custom decorators stay with type-graphql.
      return undefined;
  }
}

const NOT_PLAIN = Symbol('not plain');

/**
 * A type-graphql field resolver method called directly: the same method on an instance of its class, with the same
 * root, context and info, without type-graphql's per-call wrapper (container lookup, middleware chain, parameter
 * list built by sorting and mapping) that a page of 100 applications pays 700 times. Only for a method of a
 * resolver class built without constructor arguments, with no middlewares, roles or arguments; for any other field
 * (and for a root type-graphql would have to convert) the schema's own resolver, `fallback`, answers.
 */
export function plainFieldResolver(typeName: string, fieldName: string, fallback: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const storage = getMetadataStorage();
  const definition = storage.fieldResolvers.find(
    (candidate) => candidate.schemaName === fieldName && storage.objectTypes.find((type) => type.target === candidate.getObjectType?.())?.name === typeName,
  );
  if (!definition || definition.kind !== 'external' || definition.middlewares?.length || definition.roles?.length) return fallback;
  const target = definition.target as new () => Record<string, (...params: unknown[]) => unknown>;
  if (target.length !== 0 || !definition.params) return fallback;
  const readers = [...definition.params].sort((a, b) => a.index - b.index).map(paramReader);
  if (readers.some((reader) => reader === undefined)) return fallback;
  const instance = new target();
  const method = instance[definition.methodName];
  if (typeof method !== 'function') return fallback;
  const read = readers as Array<NonNullable<(typeof readers)[number]>>;
  // The usual shapes (root; root and context) are called without a parameter list built per call.
  if (read.length === 1) {
    const [first] = read;
    return (root, args, ctx, info) => {
      const param = first(root, ctx as Record<string, unknown>, info);
      return param === NOT_PLAIN ? fallback(root, args, ctx, info) : method.call(instance, param);
    };
  }
  if (read.length === 2) {
    const [first, second] = read;
    return (root, args, ctx, info) => {
      const param = first(root, ctx as Record<string, unknown>, info);
      const other = second(root, ctx as Record<string, unknown>, info);
      return param === NOT_PLAIN || other === NOT_PLAIN ? fallback(root, args, ctx, info) : method.call(instance, param, other);
    };
  }
  return (root, args, ctx, info) => {
    const params: unknown[] = [];
    for (const reader of read) {
      const param = reader(root, ctx as Record<string, unknown>, info);
      if (param === NOT_PLAIN) return fallback(root, args, ctx, info);
      params.push(param);
    }
    return method.apply(instance, params);
  };
}
