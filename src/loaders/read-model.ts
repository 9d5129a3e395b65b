import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** How one column of a row becomes one property of a read model. */
interface ColumnPlan {
  name: string;
  column: string;
  date: boolean;
  reference?: EntityMetadata;
}

const plans = new WeakMap<EntityMetadata, ColumnPlan[]>();
const prototypes = new WeakMap<EntityMetadata, object>();

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

function planOf(meta: EntityMetadata): ColumnPlan[] {
  let plan = plans.get(meta);
  if (plan) return plan;
  plan = Object.values(meta.properties as Record<string, EntityProperty>)
    .filter((prop) => !prop.lazy && !prop.formula && prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE))
    .map((prop) => ({
      name: prop.name,
      column: prop.fieldNames[0],
      date: prop.kind === ReferenceKind.SCALAR && (prop.runtimeType === 'Date' || prop.type === 'datetime'),
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
  const meta = em.getMetadata().get(entityName);
  const model = Object.create(readPrototypeOf(meta)) as Record<string, unknown>;
  for (const column of planOf(meta)) {
    const value = row[column.column];
    if (value === undefined) continue;
    if (value === null) model[column.name] = null;
    else if (column.reference) model[column.name] = Object.assign(Object.create(readPrototypeOf(column.reference)) as object, { id: value });
    else model[column.name] = column.date ? new Date(value as string) : value;
  }
  return model as T;
}

/** A column's name as an SQL identifier. */
function quoted(column: string): string {
  return `"${column.replace(/"/g, '""')}"`;
}

/**
 * The SQL that renders one row of an entity's table (under `alias`) as the JSON array `readModelOfValues` reads: the
 * read model's columns only, in the order of its plan. Against `row_to_json`, the column names are not repeated in
 * every row of a page, and pg parses arrays rather than keyed objects: the page of 100 applications, with their
 * education, work history and files, crossed as ~3.9 KB per application of which about half were keys (issue 14).
 */
export function readValuesSql(em: EntityManager, entityName: string, alias: string): string {
  const columns = planOf(em.getMetadata().get(entityName)).map((column) => `${alias}.${quoted(column.column)}`);
  // PostgreSQL passes a function at most 100 arguments: wider tables are rendered as arrays of chunks, concatenated.
  const chunks: string[] = [];
  for (let start = 0; start < columns.length; start += 100) chunks.push(`jsonb_build_array(${columns.slice(start, start + 100).join(', ')})`);
  return chunks.length === 1 ? `json_build_array(${columns.join(', ')})` : `(${chunks.join(' || ')})::json`;
}

/** A read model from the values `readValuesSql` rendered, exactly as `readModelOf` builds it from the row. */
export function readModelOfValues<T extends object>(em: EntityManager, entityName: string, values: readonly unknown[]): T {
  const meta = em.getMetadata().get(entityName);
  const model = Object.create(readPrototypeOf(meta)) as Record<string, unknown>;
  const plan = planOf(meta);
  for (let index = 0; index < plan.length; index += 1) {
    const column = plan[index];
    const value = values[index];
    if (value === undefined) continue;
    if (value === null) model[column.name] = null;
    else if (column.reference) model[column.name] = Object.assign(Object.create(readPrototypeOf(column.reference)) as object, { id: value });
    else model[column.name] = column.date ? new Date(value as string) : value;
  }
  return model as T;
}
