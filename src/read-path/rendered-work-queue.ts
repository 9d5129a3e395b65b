import {
  getArgumentValues, getVariableValues, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../http/request-context';
import { tenantSql } from '../tenancy/tenant-filter';
import type { TypeAccess } from '../policies/access-table';
import { isPromiseLike, type MaybePromise } from '../policies/maybe-promise';
import {
  decideRenderedPage, renderedPageConditions, renderedReadsRecorder, viewerMeetsRenderedPage, type RenderedPageConditions, type ShownObject,
} from '../policies/rendered-page.policy';
import { encodeCursor, toPage, type ConnectionArgs } from '../resolvers/common/connection';
import { readRenderedApplications, type RenderedRow } from '../resolvers/applications/application-read';
import { ApplicationFieldsResolver } from '../resolvers/applications/application-fields.resolver';
import { ApplicationOrder } from '../resolvers/applications/application.enums';
import type { ApplicationFilter } from '../resolvers/applications/application.inputs';
import { factsOfType, toApplicationType } from '../resolvers/applications/application.mappers';
import type { ApplicationType } from '../resolvers/applications/application.types';
import { workQueueRead } from '../resolvers/applications/work-queue';
import { planWorkQueue, type PlannedObject, type WorkQueuePlan } from './render-plan';
import { renderableTableProblems, renderedNodeSql, type WalledSql } from './render-sql';

/** A request's plan, its node's plan and the conditions its page must meet, made once per parsed operation. */
interface Prepared {
  plan: WorkQueuePlan;
  node: PlannedObject | undefined;
  conditions: RenderedPageConditions;
}

/** What PostgreSQL renders for a request: the operation, its document's fragments, its variables as sent. */
export interface RenderRequest {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
}

/** A rendered answer: the root field's response key and the JSON text of the answer's `data`. */
export interface RenderedAnswer {
  rootKey: string;
  dataText: string;
}

/** The computed fields of an application: what Node renders between the segments PostgreSQL wrote. */
const applicationFields = new ApplicationFieldsResolver();
const COMPUTED: Record<string, (application: ApplicationType, ctx: RequestContext) => MaybePromise<unknown>> = {
  viewerCan: (application, ctx) => applicationFields.viewerCan(application, ctx),
};

/** Whether type-graphql resolves a field of an object type with a resolver method (its value is then not the property's). */
export function hasFieldResolver(typeName: string, fieldName: string): boolean {
  const storage = getMetadataStorage();
  return storage.fieldResolvers.some((resolver) => resolver.schemaName === fieldName
    && storage.objectTypes.some((type) => type.target === resolver.getObjectType?.() && type.name === typeName));
}

/** The policies' view of a planned application: types, fields, how each nested object is reached. */
function shownObjectOf(plan: PlannedObject, topLevel: boolean): ShownObject {
  return {
    type: plan.type,
    fields: plan.fields.map((field) => {
      const source = field.source;
      if (!field.object || !source || (source.kind !== 'object' && source.kind !== 'inline' && source.kind !== 'list')) return { name: field.name };
      const listKey = topLevel && source.kind === 'list' && source.facts ? field.key : undefined;
      return { name: field.name, nesting: source.kind, listKey, object: shownObjectOf(field.object, false) };
    }),
  };
}

/** The connection's own fields as the access table names them (type, field). */
function connectionFieldsOf(plan: WorkQueuePlan): Array<{ type: string; field: string }> {
  const fields = [{ type: 'Query', field: 'applications' }];
  for (const field of plan.connection) {
    if (field.kind === 'typename') continue;
    fields.push({ type: 'ApplicationConnection', field: field.kind });
    if (field.kind === 'pageInfo') fields.push(...field.fields.filter((plain) => plain.name !== '__typename').map((plain) => ({ type: 'PageInfo', field: plain.name })));
    if (field.kind === 'edges') fields.push(...field.edge.filter((edge) => edge.name !== '__typename').map((edge) => ({ type: 'ApplicationEdge', field: edge.name })));
  }
  return fields;
}

/** The node plan of a work-queue plan (planWorkQueue allows one edges field with one node field). */
function nodePlanOf(plan: WorkQueuePlan): PlannedObject | undefined {
  for (const field of plan.connection) {
    if (field.kind !== 'edges') continue;
    for (const edge of field.edge) if ('node' in edge) return edge.node;
  }
  return undefined;
}

/**
 * Renders the work queue's page with PostgreSQL writing each application's JSON (issue 14), for the requests it can:
 * the page is read and rendered in one statement, the policies decide each application and part once (the same
 * conditions the field policies ask, from the same access table), Node computes viewerCan and the cursors, and the
 * answer's `data` is written as text. `decide: false` skips the decisions but still logs the reads (only the
 * benchmark's policy-off server, to measure the decisions alone).
 * Answers undefined when the general path must answer: a request it cannot render, an argument the queue refuses
 * (the resolver then reports it), or a page the policies do not allow whole (the field policies then refuse field by
 * field). Nothing is written before that answer is known, so the general path starts from the same state.
 */
export function createWorkQueueRenderer(em: EntityManager, schema: GraphQLSchema, table: Readonly<Record<string, TypeAccess>>, options: { decide: boolean }) {
  const problems = renderableTableProblems(em, schema, hasFieldResolver);
  if (problems.length > 0) throw new Error(`RENDERABLE_TYPES cannot be rendered as graphql-js answers: ${problems.join('; ')}`);
  const prepared = new WeakMap<OperationDefinitionNode, Prepared | null>();
  const fragmentsOf = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();
  const applicationsField = schema.getQueryType()!.getFields().applications;

  const prepare = (request: RenderRequest): Prepared | null => {
    let fragments = fragmentsOf.get(request.document);
    if (!fragments) {
      fragments = Object.fromEntries(request.document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [])));
      fragmentsOf.set(request.document, fragments);
    }
    const plan = planWorkQueue(schema, request.operation, fragments);
    if (!plan) return null;
    const node = nodePlanOf(plan);
    const conditions = renderedPageConditions(table, connectionFieldsOf(plan), node ? shownObjectOf(node, true) : { type: 'Application', fields: [] });
    return conditions ? { plan, node, conditions } : null;
  };

  return async (ctx: RequestContext, request: RenderRequest): Promise<RenderedAnswer | undefined> => {
    let known = prepared.get(request.operation);
    if (known === undefined) prepared.set(request.operation, (known = prepare(request)));
    if (!known) return undefined;
    const { plan, node, conditions } = known;
    const variables = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return undefined;
    let queue: ReturnType<typeof workQueueRead>;
    try {
      const args = getArgumentValues(applicationsField, plan.rootField, variables.coerced) as ConnectionArgs & { filter?: ApplicationFilter; orderBy?: ApplicationOrder };
      queue = workQueueRead(ctx, args, args.filter ?? undefined, args.orderBy ?? ApplicationOrder.SUBMITTED_AT);
    } catch {
      return undefined;
    }
    if (options.decide && !viewerMeetsRenderedPage(ctx, conditions)) return undefined;
    const rendered = node ? renderedNodeSql(ctx.em, schema, node, (alias) => tenantSql(ctx.scope, alias).sql) : { segments: [], computed: [], facts: [] };
    // Each tenant wall of the rendering takes the scope's values (the same for every alias).
    const wallValues = tenantSql(ctx.scope, 'a').params;
    const walled = (sql: WalledSql) => ({ sql: sql.sql, params: Array.from({ length: sql.walls }, () => wallValues).flat() });
    const rows = await readRenderedApplications(ctx, queue.where, queue.window, rendered.segments.map(walled), rendered.facts.map((fact) => walled(fact.sql)));
    const page = toPage(rows, queue.request, (row) => queue.positionOf(row.application));
    const types = page.nodes.map((row) => toApplicationType(row.application));
    const applications = page.nodes.map((row, index) => ({
      facts: factsOfType(types[index]),
      rows: new Map(rendered.facts.map((fact, at) => [fact.field, row.facts[at]])),
    }));
    const recordReads = options.decide ? await decideRenderedPage(ctx, conditions, applications) : renderedReadsRecorder(ctx, conditions, applications);
    if (!recordReads) return undefined;
    const computed = await computedValues(ctx, rendered.computed, types);
    const dataText = `{${JSON.stringify(plan.rootKey)}:${connectionText(plan, page, computed, queue.positionOf)}}`;
    // Only now is the page sure to be shown: a failure above logs nothing as read.
    recordReads();
    return { rootKey: plan.rootKey, dataText };
  };
}

/** The computed fields' JSON per application (by the field's position among the computed ones). */
async function computedValues(ctx: RequestContext, names: readonly string[], types: readonly ApplicationType[]): Promise<string[][]> {
  const values = types.map((application) => names.map((name) => COMPUTED[name](application, ctx)));
  const settled = values.some((row) => row.some(isPromiseLike)) ? await Promise.all(values.map((row) => Promise.all(row))) : (values as unknown[][]);
  return settled.map((row) => row.map((value) => JSON.stringify(value ?? null)));
}

/** The connection's JSON text, in the response's order. */
function connectionText(
  plan: WorkQueuePlan, page: ReturnType<typeof toPage<RenderedRow>>, computed: readonly string[][], positionOf: ReturnType<typeof workQueueRead>['positionOf'],
): string {
  const parts: string[] = [];
  for (const field of plan.connection) {
    const key = JSON.stringify(field.key);
    if (field.kind === 'typename') parts.push(`${key}:"ApplicationConnection"`);
    else if (field.kind === 'pageInfo') {
      const info = page.pageInfo as unknown as Record<string, unknown>;
      const values = field.fields.map((plain) => `${JSON.stringify(plain.key)}:${plain.name === '__typename' ? '"PageInfo"' : JSON.stringify(info[plain.name] ?? null)}`);
      parts.push(`${key}:{${values.join(',')}}`);
    } else {
      const edges = page.nodes.map((row, index) => {
        const values = field.edge.map((edge) => {
          const edgeKey = JSON.stringify(edge.key);
          if (edge.name === '__typename') return `${edgeKey}:"ApplicationEdge"`;
          if (edge.name === 'cursor') return `${edgeKey}:${JSON.stringify(encodeCursor(positionOf(row.application)))}`;
          return `${edgeKey}:${nodeText(row.segments, computed[index])}`;
        });
        return `{${values.join(',')}}`;
      });
      parts.push(`${key}:[${edges.join(',')}]`);
    }
  }
  return `{${parts.join(',')}}`;
}

/** An application's JSON: PostgreSQL's segments with Node's computed values between them. */
function nodeText(segments: readonly string[], computed: readonly string[]): string {
  let text = segments[0];
  for (let index = 1; index < segments.length; index += 1) text += computed[index - 1] + segments[index];
  return text;
}
