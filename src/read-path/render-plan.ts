import {
  Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { RENDERABLE_TYPES, type FieldSource } from './renderable-types';

/** One field of a rendered object: its response key, its name, where its value comes from and, for an object, its fields. */
export interface PlannedField {
  key: string;
  name: string;
  /** undefined for __typename. */
  source?: FieldSource;
  /** The nested object's plan (object, inline and list sources). */
  object?: PlannedObject;
}

/** The fields of one object of a renderable type, in the order the response lists them. */
export interface PlannedObject {
  type: string;
  fields: PlannedField[];
}

/** A field of the connection or its edges, answered by Node: its key and name (cursor, hasNextPage, __typename…). */
export interface PlainField {
  key: string;
  name: string;
}

/** One field of a work-queue connection in the response's order. */
export type ConnectionField =
  | { kind: 'edges'; key: string; edge: Array<PlainField | { key: string; name: 'node'; node: PlannedObject }> }
  | { kind: 'pageInfo'; key: string; fields: PlainField[] }
  | { kind: 'typename'; key: string };

/** A work-queue request PostgreSQL can render: the root field (for its arguments), its response key and its connection's fields. */
export interface WorkQueuePlan {
  rootKey: string;
  rootField: FieldNode;
  connection: ConnectionField[];
}

/** The fields a selection set selects on an object type, merged by response key in the order graphql-js answers them. */
type Collected = Map<string, FieldNode[]>;

const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename']);

/**
 * The fields of a selection set on `type`, as graphql-js collects them (fragments applied, merged by response key,
 * first occurrence first); undefined when the selection uses a directive (@include, @skip or any other: their
 * meaning is left to graphql-js), a fragment that does not apply to the type or one that is unknown.
 */
function collect(selectionSet: SelectionSetNode, type: GraphQLObjectType, fragments: Record<string, FragmentDefinitionNode>, into: Collected = new Map()): Collected | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) return undefined;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const nodes = into.get(key);
      if (nodes) nodes.push(selection);
      else into.set(key, [selection]);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    if (!fragment || fragment.directives?.length) return undefined;
    const condition = fragment.typeCondition?.name.value;
    if (condition !== undefined && condition !== type.name && !type.getInterfaces().some((candidate) => candidate.name === condition)) return undefined;
    if (!collect(fragment.selectionSet, type, fragments, into)) return undefined;
  }
  return into;
}

/** The merged sub-selections of a field's nodes (a key selected twice has both selections). */
function subSelection(nodes: readonly FieldNode[]): SelectionSetNode | undefined {
  const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  if (sets.length === 0) return undefined;
  return sets.length === 1 ? sets[0] : { kind: Kind.SELECTION_SET, selections: sets.flatMap((set) => set.selections) };
}

/** Fields asked with arguments are never rendered (no renderable field takes any). */
function hasArguments(nodes: readonly FieldNode[]): boolean {
  return nodes.some((node) => (node.arguments?.length ?? 0) > 0);
}

/** The plan of an object of a renderable type, or undefined when any field it selects is not renderable. */
function planObject(schema: GraphQLSchema, typeName: string, selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): PlannedObject | undefined {
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  const renderable = RENDERABLE_TYPES[typeName];
  if (!type || !renderable || !selectionSet) return undefined;
  const collected = collect(selectionSet, type, fragments);
  if (!collected) return undefined;
  const fields: PlannedField[] = [];
  for (const [key, nodes] of collected) {
    const name = nodes[0].name.value;
    if (hasArguments(nodes)) return undefined;
    if (name === '__typename') {
      fields.push({ key, name });
      continue;
    }
    const source = renderable.fields[name];
    if (!source) return undefined;
    if (source.kind === 'object' || source.kind === 'inline' || source.kind === 'list') {
      const object = planObject(schema, source.type, subSelection(nodes), fragments);
      if (!object) return undefined;
      fields.push({ key, name, source, object });
    } else {
      if (subSelection(nodes)) return undefined;
      fields.push({ key, name, source });
    }
  }
  return { type: typeName, fields };
}

/** Plain fields of a type answered by Node (pageInfo's, an edge's cursor), or undefined when one is not among `allowed`. */
function plainFields(collected: Collected, allowed: ReadonlySet<string>): PlainField[] | undefined {
  const fields: PlainField[] = [];
  for (const [key, nodes] of collected) {
    const name = nodes[0].name.value;
    if (!allowed.has(name) || hasArguments(nodes) || subSelection(nodes)) return undefined;
    fields.push({ key, name });
  }
  return fields;
}

/**
 * The plan of a request PostgreSQL can render: a query whose only root field is the work queue (`applications`),
 * selecting edges (cursor, node), pageInfo and __typename, every node field renderable (RENDERABLE_TYPES). Anything
 * else (another root field, totalCount, a directive, a field not in the table) is undefined: the general path answers.
 */
export function planWorkQueue(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): WorkQueuePlan | undefined {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType || operation.directives?.length) return undefined;
  const roots = collect(operation.selectionSet, queryType, fragments);
  if (!roots || roots.size !== 1) return undefined;
  const [[rootKey, rootNodes]] = [...roots];
  if (rootNodes.length !== 1 || rootNodes[0].name.value !== 'applications') return undefined;
  const rootField = rootNodes[0];
  const connectionType = schema.getType('ApplicationConnection') as GraphQLObjectType;
  const edgeType = schema.getType('ApplicationEdge') as GraphQLObjectType;
  const pageInfoType = schema.getType('PageInfo') as GraphQLObjectType;
  const connectionFields = rootField.selectionSet && collect(rootField.selectionSet, connectionType, fragments);
  if (!connectionFields) return undefined;
  const connection: ConnectionField[] = [];
  for (const [key, nodes] of connectionFields) {
    const name = nodes[0].name.value;
    if (hasArguments(nodes)) return undefined;
    if (name === '__typename') {
      connection.push({ kind: 'typename', key });
    } else if (name === 'pageInfo') {
      const selection = subSelection(nodes);
      const fields = selection && collect(selection, pageInfoType, fragments);
      const plain = fields && plainFields(fields, PAGE_INFO_FIELDS);
      if (!plain) return undefined;
      connection.push({ kind: 'pageInfo', key, fields: plain });
    } else if (name === 'edges') {
      // One edges field with one node field: a second (under another alias) would need a second rendering.
      if (connection.some((known) => known.kind === 'edges')) return undefined;
      const selection = subSelection(nodes);
      const fields = selection && collect(selection, edgeType, fragments);
      if (!fields) return undefined;
      const edge: Array<PlainField | { key: string; name: 'node'; node: PlannedObject }> = [];
      for (const [edgeKey, edgeNodes] of fields) {
        const edgeName = edgeNodes[0].name.value;
        if (hasArguments(edgeNodes)) return undefined;
        if (edgeName === 'node') {
          if (edge.some((known) => known.name === 'node')) return undefined;
          const node = planObject(schema, 'Application', subSelection(edgeNodes), fragments);
          if (!node) return undefined;
          edge.push({ key: edgeKey, name: 'node', node });
        } else if ((edgeName === 'cursor' || edgeName === '__typename') && !subSelection(edgeNodes)) {
          edge.push({ key: edgeKey, name: edgeName });
        } else {
          return undefined;
        }
      }
      connection.push({ kind: 'edges', key, edge });
    } else {
      return undefined;
    }
  }
  return { rootKey, rootField, connection };
}
