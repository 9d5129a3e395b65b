import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, isEnumType, isListType, isNonNullType, isScalarType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import type { PlannedObject } from './render-plan';
import { RENDERABLE_TYPES, type ListSource } from './renderable-types';

/**
 * Rendering SQL and how many tenant walls it holds: each wall is tenantSql's condition and takes tenantSql's values
 * (the same for every alias), so a text written once per request shape serves every request of it (renderedNodeSql).
 */
export interface WalledSql {
  sql: string;
  walls: number;
}

/** A rendered application: SQL segments of its JSON text, with the computed fields (by name) that go between them. */
export interface RenderedNode {
  /** segments[i] is followed by computed[i] (none after the last segment). */
  segments: WalledSql[];
  computed: string[];
  /** One SQL per list with facts: the distinct facts of its rows (a JSON array of objects keyed by property). */
  facts: Array<{ field: string; sql: WalledSql }>;
}

/** Scalars whose JSON PostgreSQL writes as graphql-js serialises them (to_json of the column), apart from DateTimeISO below; not Float (numeric keeps its trailing zeros). */
const PLAIN_SCALARS = new Set(['ID', 'String', 'Int', 'Boolean', 'LocalDate']);

/** DateTimeISO as graphql-js writes a Date: ISO 8601 in UTC to the millisecond (toISOString; the read model floors the microseconds too). */
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A JSON key and colon as an SQL literal (GraphQL names are letters, digits and underscores: nothing to escape). */
function keyLiteral(key: string, first: boolean): string {
  return `'${first ? '' : ','}"${key}":'`;
}

/** Whether graphql-js writes the values of `type` exactly as to_json writes the column (an enum's names are its values). */
function renderableLeafType(type: GraphQLOutputType): 'plain' | 'instant' | undefined {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(unwrapped);
  if (isListType(unwrapped) && !(isScalarType(named) && PLAIN_SCALARS.has(named.name))) return undefined;
  if (isEnumType(named)) return named.getValues().every((value) => value.value === value.name) ? 'plain' : undefined;
  if (!isScalarType(named)) return undefined;
  if (named.name === 'DateTimeISO') return isListType(unwrapped) ? undefined : 'instant';
  return PLAIN_SCALARS.has(named.name) ? 'plain' : undefined;
}

/**
 * Writes the SQL that renders planned objects as JSON text. Every piece is non-null text (`||` would make the whole
 * null), a field's JSON as graphql-js would write it: to_json of its column, or its ISO instant. `tenantWall(alias)`
 * is the tenant condition on a list's rows, as the loaders read them.
 */
class RenderSqlWriter {
  private aliases = 0;

  constructor(private readonly em: EntityManager, private readonly schema: GraphQLSchema, private readonly tenantWall: (alias: string) => string) {}

  /** The SQL segments of an application's JSON object under `alias`, split at its computed fields. */
  node(plan: PlannedObject, alias: string): RenderedNode {
    const rendered: RenderedNode = { segments: [], computed: [], facts: [] };
    let pieces: WalledSql[] = [{ sql: `'{'`, walls: 0 }];
    plan.fields.forEach((field, index) => {
      if (field.source?.kind === 'computed') {
        pieces.push({ sql: keyLiteral(field.key, index === 0), walls: 0 });
        rendered.segments.push(concatenated(pieces));
        rendered.computed.push(field.source.name);
        pieces = [];
        return;
      }
      pieces.push(...this.field(plan, index, alias));
      if (field.source?.kind === 'list' && field.source.facts) rendered.facts.push({ field: field.key, sql: this.listFacts(field.source, alias) });
    });
    pieces.push({ sql: `'}'`, walls: 0 });
    rendered.segments.push(concatenated(pieces));
    return rendered;
  }

  /** An object's JSON text under `alias`. */
  private object(plan: PlannedObject, alias: string): WalledSql {
    const pieces: WalledSql[] = [{ sql: `'{'`, walls: 0 }];
    plan.fields.forEach((_field, index) => pieces.push(...this.field(plan, index, alias)));
    pieces.push({ sql: `'}'`, walls: 0 });
    return concatenated(pieces);
  }

  /** The key and the value of the plan's index-th field. */
  private field(plan: PlannedObject, index: number, alias: string): WalledSql[] {
    const field = plan.fields[index];
    const key = { sql: keyLiteral(field.key, index === 0), walls: 0 };
    const source = field.source;
    if (!source) return [key, { sql: `'"${plan.type}"'`, walls: 0 }];
    switch (source.kind) {
      case 'column': {
        const value = `${alias}.${this.column(plan.type, source.property)}`;
        return [key, { sql: isJsonProperty(this.em, RENDERABLE_TYPES[plan.type].entity, source.property) ? jsonListLeaf(value) : this.leaf(plan.type, field.name, value), walls: 0 }];
      }
      case 'expression':
        return [key, { sql: this.leaf(plan.type, field.name, source.sql(alias)), walls: 0 }];
      case 'inline':
        return [key, this.object(field.object!, alias)];
      case 'object': {
        const meta = this.em.getMetadata().get(RENDERABLE_TYPES[source.type].entity);
        const inner = `r${(this.aliases += 1)}`;
        const body = this.object(field.object!, inner);
        const primaryKey = quoted(meta.properties[meta.primaryKeys[0] as never].fieldNames[0]);
        return [key, {
          sql: `coalesce((select ${body.sql} from ${quoted(meta.tableName)} ${inner} where ${inner}.${primaryKey} = ${alias}.${this.column(plan.type, source.property)}), 'null')`,
          walls: body.walls,
        }];
      }
      case 'list': {
        const inner = `r${(this.aliases += 1)}`;
        const body = this.object(field.object!, inner);
        const order = source.order.map((property) => `${inner}.${this.column(source.type, property)}`).join(', ');
        return [key, {
          sql: `'[' || coalesce((select string_agg(${body.sql}, ',' order by ${order}) ${this.listRows(source, alias, inner)}), '') || ']'`,
          walls: body.walls + 1,
        }];
      }
      default:
        throw new Error(`${plan.type}.${field.name}: a computed field is rendered only on the application`);
    }
  }

  /** `from … where …` of a list's rows under `inner`, behind the tenant wall (one wall). */
  private listRows(source: ListSource, parentAlias: string, inner: string): string {
    const meta = this.em.getMetadata().get(RENDERABLE_TYPES[source.type].entity);
    const parent = quoted(meta.properties[source.parentProperty as never].fieldNames[0]);
    const where = source.where ? ` and ${source.where(inner)}` : '';
    return `from ${quoted(meta.tableName)} ${inner} where ${inner}.${parent} = ${parentAlias}.id and ${this.tenantWall(inner)}${where}`;
  }

  /** The distinct facts of a list's rows (the properties the policies decide on) as a JSON array of objects. */
  private listFacts(source: ListSource, alias: string): WalledSql {
    const inner = `r${(this.aliases += 1)}`;
    const properties = (source.facts ?? []).map((property) => `'${property}', ${inner}.${this.column(source.type, property)}`);
    return { sql: `(select coalesce(json_agg(distinct jsonb_build_object(${properties.join(', ')})), '[]')::text ${this.listRows(source, alias, inner)})`, walls: 1 };
  }

  /** A leaf's JSON text: its SQL value as graphql-js writes the field's type. */
  private leaf(typeName: string, fieldName: string, value: string): string {
    const field = (this.schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    const kind = renderableLeafType(field.type);
    if (kind === 'instant') return `coalesce(to_json(to_char(${value} at time zone 'UTC', ${ISO_INSTANT}))::text, 'null')`;
    if (kind === 'plain') return `coalesce(to_json(${value})::text, 'null')`;
    throw new Error(`${typeName}.${fieldName} (${String(field.type)}) cannot be rendered by PostgreSQL as graphql-js writes it`);
  }

  /** The quoted column of a renderable type's property. */
  private column(typeName: string, property: string): string {
    const entity = RENDERABLE_TYPES[typeName].entity;
    const prop = this.em.getMetadata().get(entity).properties[property as never] as { fieldNames?: string[] } | undefined;
    if (!prop?.fieldNames?.length) throw new Error(`${entity}.${property} is not a column`);
    return quoted(prop.fieldNames[0]);
  }
}

/**
 * The SQL of an application's JSON under `alias` for a planned node, written once per node plan and shape of the
 * tenant wall (`tenantWall('x')`: whether it is `true`, `false` or a condition with values) and kept: a request of
 * a known shape pays no SQL writing. `tenantWall` must give the same shape for every request asking with that key.
 */
export function renderedNodeSql(em: EntityManager, schema: GraphQLSchema, plan: PlannedObject, tenantWall: (alias: string) => string): RenderedNode {
  let byShape = writtenNodes.get(plan);
  if (!byShape) writtenNodes.set(plan, (byShape = new Map()));
  const shape = tenantWall('x');
  let written = byShape.get(shape);
  if (!written) byShape.set(shape, (written = new RenderSqlWriter(em, schema, tenantWall).node(plan, 'a')));
  return written;
}

const writtenNodes = new WeakMap<PlannedObject, Map<string, RenderedNode>>();

/** Whether an entity property is stored as json or jsonb. */
function isJsonProperty(em: EntityManager, entity: string, property: string): boolean {
  const prop = em.getMetadata().get(entity).properties[property as never] as { type?: string; columnTypes?: string[] };
  return prop.type === 'json' || /^jsonb?$/.test(prop.columnTypes?.[0] ?? '');
}

/**
 * A json column holding a list of strings, written as JSON.stringify writes it: jsonb's own text puts a space after
 * each comma, so the elements are written one by one (a null column stays null, an empty list is []).
 */
function jsonListLeaf(value: string): string {
  return `case when ${value} is null or jsonb_typeof(${value}::jsonb) = 'null' then 'null' else '[' || coalesce((select string_agg(to_json(e.value)::text, ',' order by e.at) from jsonb_array_elements_text(${value}::jsonb) with ordinality as e(value, at)), '') || ']' end`;
}

/** One SQL text of pieces joined by `||`, their walls added up. */
function concatenated(pieces: readonly WalledSql[]): WalledSql {
  return { sql: pieces.map((piece) => piece.sql).join(' || '), walls: pieces.reduce((walls, piece) => walls + piece.walls, 0) };
}

/** Why the renderable table cannot be rendered as graphql-js answers it, per entry; empty when it can (run at start and in the tests). */
export function renderableTableProblems(em: EntityManager, schema: GraphQLSchema, hasResolver: (type: string, field: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [typeName, renderable] of Object.entries(RENDERABLE_TYPES)) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    if (!type) {
      problems.push(`${typeName}: no such type`);
      continue;
    }
    const meta = em.getMetadata().find(renderable.entity);
    if (!meta) problems.push(`${typeName}: no entity ${renderable.entity}`);
    for (const [fieldName, source] of Object.entries(renderable.fields)) {
      const field = type.getFields()[fieldName];
      if (!field) {
        problems.push(`${typeName}.${fieldName}: no such field`);
        continue;
      }
      if (source.kind === 'column' || source.kind === 'expression') {
        if (hasResolver(typeName, fieldName)) problems.push(`${typeName}.${fieldName}: has a resolver, its value may not be the column's`);
        if (!renderableLeafType(field.type)) problems.push(`${typeName}.${fieldName}: ${String(field.type)} is not written as to_json writes it`);
        const json = source.kind === 'column' && meta?.properties[source.property as never] && isJsonProperty(em, renderable.entity, source.property);
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (json && !(isListType(unwrapped) && getNamedType(unwrapped).name === 'String')) problems.push(`${typeName}.${fieldName}: a json column is rendered only as a list of strings`);
        if (source.kind === 'column' && !(meta?.properties[source.property as never] as { fieldNames?: string[] } | undefined)?.fieldNames?.length) {
          problems.push(`${typeName}.${fieldName}: ${renderable.entity}.${source.property} is not a column`);
        }
      }
      if ((source.kind === 'object' || source.kind === 'inline' || source.kind === 'list') && getNamedType(field.type).name !== source.type) {
        problems.push(`${typeName}.${fieldName}: is ${String(field.type)}, not ${source.type}`);
      }
      if (source.kind === 'inline' && RENDERABLE_TYPES[source.type]?.entity !== renderable.entity) {
        problems.push(`${typeName}.${fieldName}: an inline object is made of its parent's row (${renderable.entity})`);
      }
    }
  }
  return problems;
}
