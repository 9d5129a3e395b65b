import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeVarying } from '../db/prepared-statement';

/** How one column of a row becomes one property of a read model. */
interface ColumnPlan {
  name: string;
  column: string;
  date: boolean;
  /** A timestamptz column: rendered as epoch milliseconds (see columnSql). */
  instant: boolean;
  reference?: EntityMetadata;
}

const plans = new WeakMap<EntityMetadata, ColumnPlan[]>();
const prototypes = new WeakMap<EntityMetadata, object>();
/** The deferred properties of each prototype made by deferredPrototypeOf. */
const deferredOf = new WeakMap<object, ReadonlySet<string>>();

/**
 * The prototype of an entity's read models: the entity's prototype under a layer of plain writable properties.
 * MikroORM puts change-tracking setters on the entity prototype (each first assignment builds the entity's helper);
 * the layer shadows them, so filling a read model is plain property assignment.
 */
function readPrototypeOf(meta: EntityMetadata): object {
  let prototype = prototypes.get(meta);
  if (prototype) return prototype;
  prototype = Object.create(meta.prototype) as object;
  for (const name of Object.keys(meta.properties)) Object.defineProperty(prototype, name, { value: undefined, writable: true, enumerable: false, configurable: true });
  prototypes.set(meta, prototype);
  return prototype;
}

/**
 * The prototype of read models read without some of their columns (`deferred`, e.g. a dossier's long texts a work
 * queue never shows): the read prototype under a layer in which reading a deferred property throws. Code that needs
 * one must fill it first (fillDeferred); reading it unfilled is a bug that fails loudly rather than answering
 * `undefined` for a value that exists. One per entity and set of deferred properties.
 */
function deferredPrototypeOf(meta: EntityMetadata, deferred: readonly string[]): object {
  const prototype = Object.create(readPrototypeOf(meta)) as object;
  for (const name of deferred) {
    Object.defineProperty(prototype, name, {
      get() {
        throw new Error(`${meta.className}.${name} was deferred in this read (not selected): fill it (fillDeferred) before reading it`);
      },
      enumerable: false,
      configurable: true,
    });
  }
  deferredOf.set(prototype, new Set(deferred));
  return prototype;
}

/** Whether a read model was read without `property` (deferred) and it has not been filled since. */
export function isDeferred(model: object, property: string): boolean {
  return !Object.prototype.hasOwnProperty.call(model, property) && (deferredOf.get(Object.getPrototypeOf(model) as object)?.has(property) ?? false);
}

/** Gives a read model the deferred `properties` from `from` (the same entity read whole since). */
export function fillDeferred<T extends object>(model: T, from: T, properties: ReadonlyArray<keyof T & string>): void {
  for (const name of properties) Object.defineProperty(model, name, { value: from[name], writable: true, enumerable: true, configurable: true });
}

function planOf(meta: EntityMetadata): ColumnPlan[] {
  let plan = plans.get(meta);
  if (plan) return plan;
  plan = Object.values(meta.properties as Record<string, EntityProperty>)
    .filter((prop) => !prop.lazy && !prop.formula && prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE))
    .map((prop) => ({
      name: prop.name,
      column: prop.fieldNames[0],
      date: prop.kind === ReferenceKind.SCALAR && (prop.runtimeType === 'Date' || prop.type === 'datetime'),
      instant: prop.kind === ReferenceKind.SCALAR && /^timestamptz\b/.test(prop.columnTypes?.[0] ?? ''),
      reference: prop.kind === ReferenceKind.MANY_TO_ONE ? prop.targetMeta : undefined,
    }));
  plans.set(meta, plan);
  return plan;
}

/**
 * A read model from a row (as row_to_json gives it: column names, ISO timestamps): a plain object with the entity's
 * property names and prototype, its many-to-one relations as `{ id }` objects of theirs. No entity factory, identity
 * map or unit of work is involved (what made a rendered page cost ~60 ms of CPU); the prototype only lets code that
 * takes an entity (policies' facts, the procedure's guards, `{ application }` in a find) read it unchanged.
 * Never persisted: writes load their own entities through MikroORM.
 */
export function readModelOf<T extends object>(em: EntityManager, entityName: string, row: Record<string, unknown>): T {
  // The row's columns in the plan's order, read by the entity's compiled constructor (valuesReader).
  return valuesReader<T>(em, entityName).read(planOf(em.getMetadata().get(entityName)).map((column) => row[column.column]));
}

const references = new WeakMap<EntityMetadata, (id: string) => object>();

/**
 * The `{ id }` object a read model's many-to-one relation holds, with the read prototype of its entity. Made by a
 * constructor of its own per entity, so all references to one entity share one hidden class.
 */
function referenceTo(meta: EntityMetadata): (id: string) => object {
  let make = references.get(meta);
  if (make) return make;
  const Reference = new Function('return function Reference(id) { this.id = id; };')() as new (id: string) => object;
  Reference.prototype = readPrototypeOf(meta);
  make = (id) => new Reference(id);
  references.set(meta, make);
  return make;
}

/** Read models of an entity's rows by id, whole (every planned column), in one statement; absent ids are left out. */
export async function readModelsById<T extends object>(em: EntityManager, entityName: string, ids: readonly string[]): Promise<T[]> {
  const reader = valuesReader<T>(em, entityName);
  const table = em.getMetadata().get(entityName).tableName;
  const rows = await executeVarying<{ values: unknown[] }>(em, `select ${reader.sql('x')} as values from ${quoted(table)} x where x.id = any(?::uuid[])`, [[...ids]]);
  return rows.map((row) => reader.read(row.values));
}

/** A column's name as an SQL identifier. */
function quoted(column: string): string {
  return `"${column.replace(/"/g, '""')}"`;
}

/**
 * A many-to-one column of a nested row that names what its parent row names (a dossier entry's society and
 * application are its application's): rendered as 0 when it does, and then read as the parent's reference object,
 * one shared by all the parent's nested rows, instead of 38 characters of uuid and a new `{ id }` object per row.
 */
export interface ParentColumn {
  /** The nested entity's many-to-one property. */
  property: string;
  /** The SQL of the parent's value, e.g. `a.society_id`. */
  parentSql: string;
}

/** Reads one entity's rows rendered as JSON arrays: the SQL that renders them and the read model of one. */
export interface ValuesReader<T> {
  /** The SQL rendering the entity's row under `alias` as the JSON array `read` takes. */
  sql(alias: string): string;
  /** The read model of one rendered row, exactly as `readModelOf` builds it; `parents`: the parent's objects, one per ParentColumn in order. */
  read(values: readonly unknown[], parents?: readonly object[]): T;
  /** The `{ id }` object a many-to-one relation to this entity holds in a read model. */
  reference(id: string): object;
}

const readers = new WeakMap<EntityMetadata, Map<string, ValuesReader<object>>>();

/**
 * The SQL of one planned column. A parent column is 0 when it names the parent's value (`=` is never true for a
 * null, so a null stays null and is read as before). A finite timestamptz is its epoch milliseconds, floored as
 * JavaScript truncates an ISO text's microseconds, so `new Date(value)` is the same instant as from the text, for
 * 13 digits instead of 32 characters and no date parsing (~1 µs each, ~900 on a page of 100); `infinity` stays text.
 */
function columnSql(alias: string, column: ColumnPlan, parent: ParentColumn | undefined): string {
  const sql = `${alias}.${quoted(column.column)}`;
  if (parent) return `case when ${sql} = ${parent.parentSql} then '0'::json else to_json(${sql}) end`;
  if (column.date && column.instant) return `case when isfinite(${sql}) then to_json(floor(extract(epoch from ${sql}) * 1000)) else to_json(${sql}) end`;
  return sql;
}

/**
 * The constructor of an entity's read models, generated once from its plan: every planned property is assigned in
 * the plan's order, so all read models of the entity share one hidden class (assigning them one by one to
 * Object.create(prototype) cost ~6% of the work queue's CPU in dictionary lookups and map transitions, issue 14).
 * Its prototype is the read prototype: instanceof the entity holds and MikroORM's setters never fire. Generated code
 * as MikroORM's own hydrators are; property names come from the entity metadata, never from data.
 */
function compileReadModel(plan: ColumnPlan[], parentIndex: Map<string, number>, prototype: object): new (values: readonly unknown[], parents: readonly object[] | undefined) => object {
  const makers: Array<(id: string) => object> = [];
  const lines = plan.map((column, index) => {
    // `this.name =` where it can: V8 sizes the objects' in-object slots by counting those assignments.
    const target = /^[A-Za-z_$][\w$]*$/.test(column.name) ? `this.${column.name}` : `this[${JSON.stringify(column.name)}]`;
    if (column.reference) {
      makers.push(referenceTo(column.reference));
      const made = `v == null ? v : makers[${makers.length - 1}](v)`;
      const parent = parentIndex.get(column.name);
      return `v = values[${index}]; ${target} = ${parent === undefined ? made : `v === 0 ? parents[${parent}] : ${made}`};`;
    }
    return `v = values[${index}]; ${target} = ${column.date ? 'v == null ? v : new Date(v)' : 'v'};`;
  });
  const ReadModel = new Function('makers', `return function ReadModel(values, parents) {\nlet v;\n${lines.join('\n')}\n};`)(makers) as new (values: readonly unknown[], parents: readonly object[] | undefined) => object;
  ReadModel.prototype = prototype;
  return ReadModel;
}

/**
 * The reader of an entity's rows rendered as arrays of the read model's columns, in the order of its plan. Against
 * `row_to_json`, the column names are not repeated in every row of a page, and pg parses arrays rather than keyed
 * objects. `parentColumns` name the many-to-one columns a nested row shares with its parent (ParentColumn);
 * `deferred` names scalar properties not read at all (their reading throws until filled: deferredPrototypeOf).
 */
export function valuesReader<T extends object>(
  em: EntityManager, entityName: string, parentColumns: readonly ParentColumn[] = [], deferred: readonly string[] = [],
): ValuesReader<T> {
  const meta = em.getMetadata().get(entityName);
  let byParents = readers.get(meta);
  if (!byParents) readers.set(meta, (byParents = new Map()));
  const key = `${parentColumns.map((parent) => `${parent.property}=${parent.parentSql}`).join(',')};${deferred.join(',')}`;
  const known = byParents.get(key);
  if (known) return known as ValuesReader<T>;
  const fullPlan = planOf(meta);
  for (const name of deferred) {
    if (!fullPlan.some((column) => column.name === name && !column.reference)) throw new Error(`${entityName}.${name} is not a scalar column: it cannot be deferred`);
  }
  const plan = deferred.length === 0 ? fullPlan : fullPlan.filter((column) => !deferred.includes(column.name));
  const parentIndex = new Map(parentColumns.map((parent, index) => [parent.property, index]));
  const parentOf = new Map(parentColumns.map((parent) => [parent.property, parent]));
  for (const parent of parentColumns) {
    if (!plan.some((column) => column.name === parent.property && column.reference)) throw new Error(`${entityName}.${parent.property} is not a many-to-one column`);
  }
  const ReadModel = compileReadModel(plan, parentIndex, deferred.length === 0 ? readPrototypeOf(meta) : deferredPrototypeOf(meta, deferred));
  const rendered = new Map<string, string>();
  const render = (alias: string) => {
    const columns = plan.map((column) => columnSql(alias, column, parentOf.get(column.name)));
    // PostgreSQL passes a function at most 100 arguments: wider tables are rendered as arrays of chunks, concatenated.
    const chunks: string[] = [];
    for (let start = 0; start < columns.length; start += 100) chunks.push(`jsonb_build_array(${columns.slice(start, start + 100).join(', ')})`);
    return chunks.length === 1 ? `json_build_array(${columns.join(', ')})` : `(${chunks.join(' || ')})::json`;
  };
  const reader: ValuesReader<T> = {
    sql: (alias) => {
      let sql = rendered.get(alias);
      if (sql === undefined) rendered.set(alias, (sql = render(alias)));
      return sql;
    },
    read: (values, parents) => new ReadModel(values, parents) as T,
    reference: referenceTo(meta),
  };
  byParents.set(key, reader);
  return reader;
}
