import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Application, EducationEntry, EngineeringField, Grade, Society, Specialty, StoredFile, WorkHistoryEntry } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { cursorInstantSql } from '../../common/cursor-instant';
import { executeVarying } from '../../db/prepared-statement';
import { DOSSIER_TEXT } from '../../dossier/dossier-text';
import { valuesReader, type ParentColumn, type ValuesReader } from '../../loaders/read-model';
import { tenantSql } from '../../tenancy/tenant-filter';

/** The nested parts of an application a response selects, each read in the page's own statement when selected. */
export interface ApplicationIncludes {
  education: boolean;
  workHistory: boolean;
  files: boolean;
  grade: boolean;
  specialty: boolean;
  field: boolean;
  society: boolean;
  /** The dossier's long texts (DOSSIER_TEXT, src/dossier/dossier-text.ts): read only when a selected field shows or checks them. */
  dossierText: boolean;
}

function collectFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, SelectionSetNode | undefined>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const existing = into.get(selection.name.value);
      into.set(selection.name.value, existing ?? selection.selectionSet);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) collectFields(selection.selectionSet, info, into);
    else collectFields(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
}

/** What the response selects on the application found under `path` (['edges', 'node'] for a page, [] for one). */
export function includesOf(info: GraphQLResolveInfo, path: string[]): ApplicationIncludes {
  let fields = new Map<string, SelectionSetNode | undefined>();
  for (const node of info.fieldNodes) collectFields(node.selectionSet, info, fields);
  for (const step of path) {
    const next = new Map<string, SelectionSetNode | undefined>();
    collectFields(fields.get(step), info, next);
    fields = next;
  }
  // Supplements show their files, and validation, eligibility and viewerCan read the whole dossier through the loaders.
  const dossier = fields.has('validation') || fields.has('eligibility') || fields.has('viewerCan');
  return {
    education: fields.has('education') || dossier,
    workHistory: fields.has('workHistory') || dossier,
    files: fields.has('files') || fields.has('supplements') || dossier,
    grade: fields.has('grade') || dossier,
    specialty: fields.has('specialty'),
    field: fields.has('field') || dossier,
    society: fields.has('society'),
    // viewerCan needs the texts only for the applicant's own submission (its dossier guard): that rare case fills
    // them (withDossierText, in dossierOf) rather than every page reading them.
    dossierText: fields.has('selfStatement') || fields.has('validation') || fields.has('eligibility'),
  };
}

/** The nested parts read with an application in the page's statement (absent: not selected, ask the loader). */
export interface ReadParts {
  education?: EducationEntry[];
  workHistory?: WorkHistoryEntry[];
  files?: StoredFile[];
  grade?: Grade | null;
  specialty?: Specialty | null;
}

const READ_PARTS = Symbol('read parts');
const SUBMITTED_AT_CURSOR = Symbol('submittedAt to the microsecond');

/** A read model's submittedAt to the microsecond (what a work-queue cursor carries); undefined when not submitted. */
export function submittedAtCursorOf(application: Application): string | undefined {
  return (application as unknown as Record<symbol, string | null | undefined>)[SUBMITTED_AT_CURSOR] ?? undefined;
}

/**
 * The parts read with this application's read model, if it is one: the field resolvers answer from them synchronously
 * (a page of 100 applications would otherwise make 500 loader promises and their microtasks, issue 14).
 */
export function readPartsOf(application: Application | undefined): ReadParts | undefined {
  return application ? (application as unknown as Record<symbol, ReadParts | undefined>)[READ_PARTS] : undefined;
}

/** A fragment of SQL with its bindings (MikroORM's `?` placeholders). */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** Which applications of those matched a read returns: in `order` (SQL over the alias `a`; none: any order), at most `limit`. */
export interface ReadWindow {
  order?: string;
  limit?: number;
}

/** The many-to-one columns a dossier list's rows share with their application, read as its objects (ParentColumn). */
const OF_APPLICATION: readonly ParentColumn[] = [{ property: 'society', parentSql: 'a.society_id' }, { property: 'application', parentSql: 'a.id' }];
/** A file also names its owner, the applicant when the applicant uploaded it. */
const FILE_OF_APPLICATION: readonly ParentColumn[] = [...OF_APPLICATION, { property: 'owner', parentSql: 'a.applicant_id' }];

/** A reference row an application names by `column`: read once per statement, however many applications name it. */
interface ReferencePart {
  name: 'grade' | 'specialty' | 'field' | 'society';
  entity: string;
  table: string;
  column: string;
}

const REFERENCE_PARTS: readonly ReferencePart[] = [
  { name: 'grade', entity: 'Grade', table: 'grade', column: 'grade_id' },
  { name: 'specialty', entity: 'Specialty', table: 'specialty', column: 'specialty_id' },
  { name: 'field', entity: 'EngineeringField', table: 'engineering_field', column: 'field_id' },
  { name: 'society', entity: 'Society', table: 'society', column: 'society_id' },
];

/** One application of a page as the statement renders it: its values, its cursor instant, then each part read. */
type PageRow = [unknown[], string | null, ...unknown[]];

/** The read models of one reference part, by id, from the page's rows that carry them (at `index`). */
function referencesOf<T extends { id: string }>(rows: readonly PageRow[], index: number, reader: ValuesReader<T>): Map<string, T> {
  const found = new Map<string, T>();
  for (const row of rows) {
    const values = row[index] as unknown[] | null;
    if (values !== null) {
      const model = reader.read(values);
      found.set(model.id, model);
    }
  }
  return found;
}

/**
 * How many applications one value of a page's statement carries. V8 holds a page's JSON text as UTF-16 (its Chinese
 * makes the whole text two bytes a character), ~1,600 characters per application with its lists, so 20 applications
 * are ~64 KB: under V8's large-object size (128 KB). The text lives until pg has read the statement's end, often
 * behind other requests' work. A large string alive at a young-generation collection is promoted at once and stays
 * until the next full collection; as one value, a page of 100 (~330 KB) was promoted in more than half the requests
 * at 50 connections, ~2 MB a collection, ~25 MB of dead text in the old generation before each full collection
 * (issue 14: heap sampling, --trace-gc-verbose). An ordinary string is promoted only if it lives through two.
 */
export const APPLICATIONS_PER_CHUNK = 20;

/** The SQL numbering a page's row by its piece (`p.position` counts from 1): the statement's group and its order. */
const CHUNK_OF_ROW = `(p.position - 1) / ${APPLICATIONS_PER_CHUNK}`;

/**
 * The applications `where` matches behind the tenant wall, in `window`: `(select a.* …) a` for a statement's `from`,
 * with its values, and the window's `order by` (empty without an order). The tenant wall is applied here as the ORM
 * filter would (raw SQL skips it); row-level security still applies underneath. The recommending enterprise reads
 * its recommendees' applications across societies (the matrix decides the fields).
 */
function applicationWindow(ctx: RequestContext, where: SqlPart, window: ReadWindow): { sql: string; params: unknown[]; orderBy: string } {
  const tenant = tenantSql(ctx.scope, 'a', { enterpriseColumn: 'recommending_enterprise_id' });
  const orderBy = window.order ? `order by ${window.order}` : '';
  const limit: SqlPart = window.limit === undefined ? { sql: '', params: [] } : { sql: 'limit ?', params: [window.limit] };
  return {
    sql: `(select a.* from application a where ${tenant.sql} and (${where.sql}) ${orderBy} ${limit.sql}) a`,
    params: [...tenant.params, ...where.params, ...limit.params],
    orderBy,
  };
}

/**
 * Reads applications as read models (src/loaders/read-model.ts), with the selected nested parts, in ONE statement:
 * each part is a json_agg sub-select in the same order its loader uses, and primes that loader, so the field
 * resolvers and the policies run unchanged without another statement, behind the tenant wall (applicationWindow).
 *
 * Less text crosses from PostgreSQL than one copy of everything per application (~350 KB for a page of 100, issue
 * 14): a grade, specialty, field or society comes once per statement, on the first row naming it (a window over
 * the page, which is selected and limited first), and a nested row's society, application and owner are 0 when
 * they are its application's (ParentColumn).
 *
 * A page comes as a few values (APPLICATIONS_PER_CHUNK applications each): JSON arrays of the applications in the
 * window's order (`json_agg … order by` the row's position, grouped by position), parsed here. As one row per
 * application, a page arrived as ~100 strings made while PostgreSQL was still producing the rest, interleaved with
 * other requests' work; they outlived young-generation collections and were a third of what a page promoted to the
 * old generation (issue 14). As one value, the page's one string was a large object (see APPLICATIONS_PER_CHUNK).
 * An empty page is no row at all.
 */
export async function readApplications(ctx: RequestContext, where: SqlPart, window: ReadWindow, includes: ApplicationIncludes): Promise<Application[]> {
  const { em, loaders } = ctx;
  const applications = valuesReader<Application>(em, 'Application', [], includes.dossierText ? [] : DOSSIER_TEXT);
  const params: unknown[] = [];
  // The SQL of each element of a page's row, in order: a part's index in this list is its index in the row.
  const rowSql = [applications.sql('a'), cursorInstantSql('a.submitted_at')];
  const child = <T extends object>(reader: ValuesReader<T>, table: string, order: string) => {
    const tenant = tenantSql(ctx.scope, 'x');
    rowSql.push(`(select coalesce(json_agg(${reader.sql('x')} order by ${order}), '[]') from ${table} x where x.application_id = a.id and ${tenant.sql})`);
    params.push(...tenant.params);
    return { reader, index: rowSql.length - 1 };
  };
  const education = includes.education && child(valuesReader<EducationEntry>(em, 'EducationEntry', OF_APPLICATION), 'education_entry', 'x.from_date, x.id');
  const workHistory = includes.workHistory && child(valuesReader<WorkHistoryEntry>(em, 'WorkHistoryEntry', OF_APPLICATION), 'work_history_entry', 'x.from_date, x.id');
  const files = includes.files && child(valuesReader<StoredFile>(em, 'StoredFile', FILE_OF_APPLICATION), 'stored_file', 'x.created_at, x.id');
  const references = REFERENCE_PARTS.filter((part) => includes[part.name]).map((part) => {
    const reader = valuesReader<{ id: string }>(em, part.entity);
    rowSql.push(`case when row_number() over (partition by a.${part.column}) = 1 then (select ${reader.sql('x')} from ${part.table} x where x.id = a.${part.column}) end`);
    return { part, reader, index: rowSql.length - 1 };
  });
  const page = applicationWindow(ctx, where, window);
  // Prepared (planned once per connection and text): planning it was ~1 ms of PostgreSQL's CPU per page (issue 14).
  const chunks = await executeVarying<{ chunk: string }>(
    em,
    `select json_agg(p.row order by p.position)::text as chunk
     from (select row_number() over (${page.orderBy}) as position, json_build_array(${rowSql.join(', ')}) as row
           from ${page.sql}) p
     group by ${CHUNK_OF_ROW} order by ${CHUNK_OF_ROW}`,
    [...params, ...page.params],
  );
  const rows = chunks.flatMap(({ chunk }) => JSON.parse(chunk) as PageRow[]);
  const read = new Map(references.map(({ part, reader, index }) => [part.name, referencesOf(rows, index, reader)]));
  const grades = read.get('grade') as Map<string, Grade> | undefined;
  const specialties = read.get('specialty') as Map<string, Specialty> | undefined;
  // Each model primes its loader once: a page's later applications naming it would not replace it (DataLoader.prime).
  for (const grade of grades?.values() ?? []) loaders.gradeById.prime(grade.id, grade);
  for (const specialty of specialties?.values() ?? []) loaders.specialtyById.prime(specialty.id, specialty);
  for (const field of read.get('field')?.values() ?? []) loaders.fieldById.prime(field.id, field as EngineeringField);
  for (const society of read.get('society')?.values() ?? []) loaders.societyById.prime(society.id, society as Society);
  return rows.map((row) => {
    const application = applications.read(row[0]);
    const id = application.id;
    // One society, application and owner object for all the application's nested rows.
    const parents = [application.society, applications.reference(id), application.applicant];
    const list = <T extends object>(part: { reader: ValuesReader<T>; index: number }) => (row[part.index] as unknown[][]).map((item) => part.reader.read(item, parents));
    const parts: ReadParts = {};
    if (education) loaders.educationByApplicationId.prime(id, (parts.education = list(education)));
    if (workHistory) loaders.workHistoryByApplicationId.prime(id, (parts.workHistory = list(workHistory)));
    if (files) loaders.filesByApplicationId.prime(id, (parts.files = list(files)));
    if (grades) parts.grade = grades.get(application.grade.id) ?? null;
    if (specialties) parts.specialty = specialties.get(application.specialty.id) ?? null;
    Object.defineProperty(application, READ_PARTS, { value: parts, enumerable: false });
    Object.defineProperty(application, SUBMITTED_AT_CURSOR, { value: row[1], enumerable: false });
    return application;
  });
}

/** The applications of `ids` the viewer's tenant wall lets through, read as readApplications reads a page (absent ids are left out). */
export function readApplicationsById(ctx: RequestContext, ids: readonly string[], includes: ApplicationIncludes): Promise<Application[]> {
  return ids.length === 0 ? Promise.resolve([]) : readApplications(ctx, { sql: 'a.id = any(?::uuid[])', params: [[...ids]] }, { limit: ids.length }, includes);
}

/** How many applications `where` matches behind the same tenant wall as readApplications (a work queue's `totalCount`). */
export async function countApplications(ctx: RequestContext, where: SqlPart): Promise<number> {
  const tenant = tenantSql(ctx.scope, 'a', { enterpriseColumn: 'recommending_enterprise_id' });
  const [row] = await executeVarying<{ count: string }>(
    ctx.em,
    `select count(*) from application a where ${tenant.sql} and (${where.sql})`,
    [...tenant.params, ...where.params],
  );
  return Number(row.count);
}

/** An application of a page PostgreSQL rendered: its read model, its JSON text in segments, and its lists' facts. */
export interface RenderedRow {
  application: Application;
  /** The application's JSON text, cut where a value only Node computes goes (RenderedNode.computed). */
  segments: string[];
  /** Per list with facts, in the order asked: the distinct facts of its rows. */
  facts: object[][];
}

/**
 * Reads a page of applications rendered by PostgreSQL (src/read-path): per application, its read model (without
 * the dossier's long texts, as readApplications reads it for the same page) and the SQL `segments` and `facts` the
 * caller wrote, one text column each. Behind the same tenant wall as readApplications; the rendered lists carry
 * their own (renderedNodeSql). One row per application: each segment is JSON text that is only concatenated, never
 * parsed.
 */
export async function readRenderedApplications(
  ctx: RequestContext, where: SqlPart, window: ReadWindow, segments: readonly SqlPart[], facts: readonly SqlPart[],
): Promise<RenderedRow[]> {
  const applications = valuesReader<Application>(ctx.em, 'Application', [], DOSSIER_TEXT);
  const page = applicationWindow(ctx, where, window);
  const columns = [
    `${applications.sql('a')}::text as model`, `${cursorInstantSql('a.submitted_at')} as cursor_at`,
    ...segments.map((segment, index) => `${segment.sql} as s${index}`), ...facts.map((fact, index) => `${fact.sql} as f${index}`),
  ];
  const rows = await executeVarying<Record<string, string | null>>(
    ctx.em,
    `select ${columns.join(', ')} from ${page.sql} ${page.orderBy}`,
    [...segments.flatMap((segment) => segment.params), ...facts.flatMap((fact) => fact.params), ...page.params],
  );
  return rows.map((row) => {
    const application = applications.read(JSON.parse(row.model!) as unknown[]);
    Object.defineProperty(application, SUBMITTED_AT_CURSOR, { value: row.cursor_at, enumerable: false });
    return {
      application,
      segments: segments.map((_segment, index) => row[`s${index}`]!),
      facts: facts.map((_fact, index) => JSON.parse(row[`f${index}`]!) as object[]),
    };
  });
}
