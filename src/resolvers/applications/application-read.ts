import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Application, EducationEntry, EngineeringField, Grade, Society, Specialty, StoredFile, WorkHistoryEntry } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { cursorInstantSql } from '../../common/cursor-instant';
import { readModelOfValues, readValuesSql } from '../../loaders/read-model';
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

/**
 * Reads applications as read models (src/loaders/read-model.ts), with the selected nested parts, in ONE statement:
 * each part is a json_agg sub-select in the same order its loader uses, and primes that loader, so the field
 * resolvers and the policies run unchanged without another statement. The tenant wall is applied here as the ORM
 * filter would (raw SQL skips it), and row-level security still applies to every table read.
 */
export async function readApplications(ctx: RequestContext, where: SqlPart, orderAndLimit: SqlPart, includes: ApplicationIncludes): Promise<Application[]> {
  const { em, loaders } = ctx;
  const params: unknown[] = [];
  const nested: string[] = [];
  // Each row and nested row as the array of its read model's columns (readValuesSql), not a keyed row_to_json object.
  const values = (entity: string) => readValuesSql(em, entity, 'x');
  const child = (name: string, entity: string, table: string, order: string) => {
    const tenant = tenantSql(ctx.scope, 'x');
    nested.push(`(select coalesce(json_agg(${values(entity)} order by ${order}), '[]') from ${table} x where x.application_id = a.id and ${tenant.sql}) as ${name}`);
    params.push(...tenant.params);
  };
  if (includes.education) child('education', 'EducationEntry', 'education_entry', 'x.from_date, x.id');
  if (includes.workHistory) child('work_history', 'WorkHistoryEntry', 'work_history_entry', 'x.from_date, x.id');
  if (includes.files) child('files', 'StoredFile', 'stored_file', 'x.created_at, x.id');
  if (includes.grade) nested.push(`(select ${values('Grade')} from grade x where x.id = a.grade_id) as grade`);
  if (includes.specialty) nested.push(`(select ${values('Specialty')} from specialty x where x.id = a.specialty_id) as specialty`);
  if (includes.field) nested.push(`(select ${values('EngineeringField')} from engineering_field x where x.id = a.field_id) as field`);
  if (includes.society) nested.push(`(select ${values('Society')} from society x where x.id = a.society_id) as society`);
  // The recommending enterprise reads its recommendees' applications across societies (the matrix decides the fields).
  const tenant = tenantSql(ctx.scope, 'a', { enterpriseColumn: 'recommending_enterprise_id' });
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${readValuesSql(em, 'Application', 'a')} as application, ${cursorInstantSql('a.submitted_at')} as submitted_at_cursor${nested.map((column) => `, ${column}`).join('')}
     from application a where ${tenant.sql} and (${where.sql}) ${orderAndLimit.sql}`,
    [...params, ...tenant.params, ...where.params, ...orderAndLimit.params],
  );
  return rows.map((row) => {
    const application = readModelOfValues<Application>(em, 'Application', row.application as unknown[]);
    const id = application.id;
    const parts: ReadParts = {};
    const list = <T extends object>(entity: string, value: unknown) => (value as unknown[][]).map((item) => readModelOfValues<T>(em, entity, item));
    if (includes.education) loaders.educationByApplicationId.prime(id, (parts.education = list<EducationEntry>('EducationEntry', row.education)));
    if (includes.workHistory) loaders.workHistoryByApplicationId.prime(id, (parts.workHistory = list<WorkHistoryEntry>('WorkHistoryEntry', row.work_history)));
    if (includes.files) loaders.filesByApplicationId.prime(id, (parts.files = list<StoredFile>('StoredFile', row.files)));
    if (includes.grade) {
      parts.grade = row.grade ? readModelOfValues<Grade>(em, 'Grade', row.grade as unknown[]) : null;
      if (parts.grade) loaders.gradeById.prime(application.grade.id, parts.grade);
    }
    if (includes.specialty) {
      parts.specialty = row.specialty ? readModelOfValues<Specialty>(em, 'Specialty', row.specialty as unknown[]) : null;
      if (parts.specialty) loaders.specialtyById.prime(application.specialty.id, parts.specialty);
    }
    if (includes.field && row.field) loaders.fieldById.prime(application.field.id, readModelOfValues<EngineeringField>(em, 'EngineeringField', row.field as unknown[]));
    if (includes.society && row.society) loaders.societyById.prime(application.society.id, readModelOfValues<Society>(em, 'Society', row.society as unknown[]));
    Object.defineProperty(application, READ_PARTS, { value: parts, enumerable: false });
    Object.defineProperty(application, SUBMITTED_AT_CURSOR, { value: row.submitted_at_cursor, enumerable: false });
    return application;
  });
}

/** How many applications `where` matches behind the same tenant wall as readApplications (a work queue's `totalCount`). */
export async function countApplications(ctx: RequestContext, where: SqlPart): Promise<number> {
  const tenant = tenantSql(ctx.scope, 'a', { enterpriseColumn: 'recommending_enterprise_id' });
  const [row] = await ctx.em.execute<Array<{ count: string }>>(
    `select count(*) from application a where ${tenant.sql} and (${where.sql})`,
    [...tenant.params, ...where.params],
  );
  return Number(row.count);
}
