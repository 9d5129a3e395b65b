import type { TypeAccess } from './access-table';
import { OBJECT_CONDITIONS, PART_OF_CONDITION, VIEWER_CONDITIONS, type ObjectCondition, type ViewerCondition } from './conditions';
import type { DossierReadRecorder } from './dossier-reads';
import type { MaybePromise } from './maybe-promise';
import type { FieldAccess } from './mutation-access';
import type { PolicySubject } from './policy-subject';
import type { ApplicationFacts } from './relations';
import type { DossierPartName } from './visibility-matrix';

/** The shape of a page PostgreSQL renders, as far as the policies care: the types and fields it shows, nested. */
export interface ShownObject {
  type: string;
  fields: Array<{ name: string; object?: ShownObject; nesting?: 'inline' | 'object' | 'list'; listKey?: string }>;
}

/** The conditions a rendered page must meet: once per request, per application, per row of a list (a file: its purpose). */
export interface RenderedPageConditions {
  viewer: FieldAccess[];
  perApplication: Array<{ condition: ObjectCondition; part: DossierPartName }>;
  perRow: Array<{ listKey: string; condition: ObjectCondition; partOf: (row: object) => DossierPartName }>;
}

/** One application of the page: its facts, and the distinct facts of the rows of its lists with facts (by list key). */
export interface RenderedApplication {
  facts: ApplicationFacts;
  rows: ReadonlyMap<string, readonly object[]>;
}

type RecordingSubject = PolicySubject & { dossierReads: DossierReadRecorder };

function isViewerCondition(name: string): name is ViewerCondition {
  return name in VIEWER_CONDITIONS;
}

/**
 * The conditions of every field a rendered page shows, from the access table the field policies are generated from
 * (`connection`: the fields above the applications, by type). Undefined when a field is denied by default (not in
 * the table) or needs a decision a page cannot take up front (a condition on another kind of object, or a nested
 * object shown under a part its parent field does not show): such a page is left to the field policies.
 */
export function renderedPageConditions(
  table: Readonly<Record<string, TypeAccess>>, connection: ReadonlyArray<{ type: string; field: string }>, node: ShownObject,
): RenderedPageConditions | undefined {
  const conditions: RenderedPageConditions = { viewer: [], perApplication: [], perRow: [] };
  const accessOf = (type: string, field: string): FieldAccess | undefined => {
    const access = table[type];
    return typeof access === 'string' ? access : access?.[field];
  };
  for (const { type, field } of connection) {
    const access = accessOf(type, field);
    if (access === undefined || (typeof access === 'string' && !isViewerCondition(access))) return undefined;
    conditions.viewer.push(access);
  }
  // `shownParts`: the parts the field leading to a nested object shows; an object that may be absent (a null
  // grade, an empty list) shows no more than those, or its own reads would be logged although nothing was shown.
  const walk = (object: ShownObject, shownParts: ReadonlySet<DossierPartName> | undefined, listKey: string | undefined): boolean => {
    for (const field of object.fields) {
      if (field.name === '__typename') continue;
      const access = accessOf(object.type, field.name);
      if (access === undefined) return false;
      let parts = new Set<DossierPartName>();
      if (typeof access !== 'string' || isViewerCondition(access)) {
        if (!conditions.viewer.includes(access)) conditions.viewer.push(access);
      } else {
        const part = PART_OF_CONDITION[access];
        if (part === undefined) return false;
        if (typeof part === 'function') {
          // Decided per row, by the row's facts (only the rows of a list read their facts).
          if (!listKey) return false;
          if (!conditions.perRow.some((known) => known.listKey === listKey && known.condition === access)) {
            conditions.perRow.push({ listKey, condition: access, partOf: part as (row: object) => DossierPartName });
          }
        } else {
          if (shownParts && !shownParts.has(part)) return false;
          if (!conditions.perApplication.some((known) => known.condition === access)) conditions.perApplication.push({ condition: access, part });
          parts = new Set([part]);
        }
      }
      if (field.object) {
        const nestedParts = field.nesting === 'inline' ? shownParts : new Set([...(shownParts ?? []), ...parts]);
        if (!walk(field.object, nestedParts, field.nesting === 'list' ? field.listKey : undefined)) return false;
      }
    }
    return true;
  };
  return walk(node, undefined, undefined) ? conditions : undefined;
}

/** Whether one access is met by the viewer alone. */
function viewerMeets(subject: PolicySubject, access: FieldAccess): boolean {
  return typeof access === 'string' ? VIEWER_CONDITIONS[access as ViewerCondition](subject) : access.some((name) => VIEWER_CONDITIONS[name](subject));
}

/** Whether the viewer meets the conditions that depend on the viewer alone: asked before the page is read. */
export function viewerMeetsRenderedPage(subject: PolicySubject, conditions: RenderedPageConditions): boolean {
  try {
    return conditions.viewer.every((access) => viewerMeets(subject, access));
  } catch {
    return false;
  }
}

/**
 * Decides a rendered page by the same conditions the field policies ask, per application and per row rather than
 * per field. When every field is allowed for every application, answers how to write the reads to the request's
 * access log, as the field policies would have: the caller records them once the page is sure to be shown. Undefined
 * (nothing recorded) when anything is refused or a condition fails: the field policies then answer the page, with
 * their refusals in place.
 */
export async function decideRenderedPage(
  subject: RecordingSubject, conditions: RenderedPageConditions, applications: readonly RenderedApplication[],
): Promise<(() => void) | undefined> {
  if (!viewerMeetsRenderedPage(subject, conditions)) return undefined;
  try {
    const decisions: Array<MaybePromise<boolean>> = [];
    for (const { facts, rows } of applications) {
      for (const { condition } of conditions.perApplication) decisions.push(askCondition(subject, condition, { applicationFacts: facts }));
      for (const { listKey, condition } of conditions.perRow) {
        for (const row of rows.get(listKey) ?? []) decisions.push(askCondition(subject, condition, { ...row, applicationFacts: facts }));
      }
    }
    const settled = decisions.some((decision) => decision !== true) ? await Promise.all(decisions) : decisions;
    if (!settled.every((allowed) => allowed === true)) return undefined;
  } catch {
    return undefined;
  }
  return renderedReadsRecorder(subject, conditions, applications);
}

/**
 * How to write a rendered page's reads to the request's access log (per application, the parts of its fields; per
 * row of a list with facts, the row's part), without deciding anything: decideRenderedPage's answer once it allowed
 * the page, and the benchmark's policy-off server's, which keeps the access log on to measure the decisions alone.
 */
export function renderedReadsRecorder(subject: RecordingSubject, conditions: RenderedPageConditions, applications: readonly RenderedApplication[]): () => void {
  return () => {
    for (const { facts, rows } of applications) {
      for (const { part } of conditions.perApplication) subject.dossierReads.record(facts, part);
      for (const { listKey, partOf } of conditions.perRow) {
        for (const row of rows.get(listKey) ?? []) subject.dossierReads.record(facts, partOf(row));
      }
    }
  };
}

function askCondition(subject: PolicySubject, condition: ObjectCondition, object: object): MaybePromise<boolean> {
  return (OBJECT_CONDITIONS[condition] as (subject: PolicySubject, object: unknown) => MaybePromise<boolean>)(subject, object);
}
