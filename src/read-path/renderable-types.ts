/**
 * What of an application's dossier PostgreSQL may render as a response's JSON itself (issue 14: the work queue's
 * page rendered by the database): per GraphQL type, the fields whose value is a column of the row, a nested object
 * or list read by a foreign key, or a value only Node computes (viewerCan). A field not listed here is never
 * rendered: a selection that asks for one is answered by the general path (graphql-js, the resolvers, the field
 * policies). Whether the viewer may see what is rendered is decided by the policies, per application and part,
 * before anything is shown (src/policies/rendered-page.policy.ts).
 *
 * Every leaf listed is a field without a resolver of its own, whose GraphQL value is the entity's property as the
 * mappers copy it (renamed where the mapper renames it: a grade's `name` is its `nameZh`). The rendered page test
 * compares both paths' answers, field by field, for every entry (test/integration/rendered-page.test.ts), and
 * checkRenderableTypes refuses an entry whose field has a resolver.
 */

/** A leaf: the entity property whose column gives the value. */
export interface ColumnSource {
  kind: 'column';
  property: string;
}

/** A leaf computed from the row by SQL (`sql(alias)`), as its mapper computes it. */
export interface ExpressionSource {
  kind: 'expression';
  sql: (alias: string) => string;
}

/** An object of another type (its rows: that type's entity) read through a many-to-one property of the row (null when the row names none). */
export interface ObjectSource {
  kind: 'object';
  type: string;
  property: string;
}

/** An object of another type made of the same row's columns (an application's basic information). */
export interface InlineSource {
  kind: 'inline';
  type: string;
}

/** A list of another type's rows (that type's entity) that name the row by `parentProperty`, in `order`, optionally filtered (`where`). */
export interface ListSource {
  kind: 'list';
  type: string;
  parentProperty: string;
  /** Properties, ascending: the order the field's loader uses. */
  order: readonly string[];
  /** SQL over the list's alias: the rows the field's resolver keeps. */
  where?: (alias: string) => string;
  /** Properties of each row the policies decide on (a file's purpose decides its part): read for the decisions. */
  facts?: readonly string[];
}

/** A value only Node computes (the action table and its guards): rendered by `render` in rendered-work-queue.ts. */
export interface ComputedSource {
  kind: 'computed';
  name: 'viewerCan';
}

/** Where one field's value comes from. */
export type FieldSource = ColumnSource | ExpressionSource | ObjectSource | InlineSource | ListSource | ComputedSource;

/** A renderable type: its entity (the table its rows come from) and its fields. */
export interface RenderableType {
  entity: string;
  fields: Readonly<Record<string, FieldSource>>;
}

const column = (property: string): ColumnSource => ({ kind: 'column', property });
/** Leaves whose field and property share their names. */
const columns = (...names: string[]): Record<string, ColumnSource> => Object.fromEntries(names.map((name) => [name, column(name)]));

/** The types of a work-queue page PostgreSQL may render, by GraphQL type name. */
export const RENDERABLE_TYPES: Readonly<Record<string, RenderableType>> = {
  Application: {
    entity: 'Application',
    fields: {
      ...columns(
        'id', 'channel', 'stage', 'version', 'submittedAt', 'acceptedAt', 'verificationConsentAt', 'stageDeadline', 'evaluationDeadline',
        'societyMember', 'returnRequest', 'createdAt', 'updatedAt',
      ),
      society: { kind: 'object', type: 'Society', property: 'society' },
      field: { kind: 'object', type: 'EngineeringField', property: 'field' },
      specialty: { kind: 'object', type: 'Specialty', property: 'specialty' },
      grade: { kind: 'object', type: 'Grade', property: 'grade' },
      basicInformation: { kind: 'inline', type: 'BasicInformation' },
      education: { kind: 'list', type: 'EducationEntry', parentProperty: 'application', order: ['fromDate', 'id'] },
      workHistory: { kind: 'list', type: 'WorkHistoryEntry', parentProperty: 'application', order: ['fromDate', 'id'] },
      // The resolver keeps every file but the supplements' (they are shown with their supplement), each by its part.
      files: {
        kind: 'list', type: 'DossierFile', parentProperty: 'application', order: ['createdAt', 'id'],
        where: (alias) => `${alias}.purpose is distinct from 'SUPPLEMENT'`, facts: ['purpose'],
      },
      viewerCan: { kind: 'computed', name: 'viewerCan' },
    },
  },
  BasicInformation: {
    entity: 'Application',
    fields: columns(
      'name', 'namePinyin', 'idNumber', 'birthDate', 'membershipNumber', 'mailingAddress', 'mobile', 'email', 'employer', 'employerEn',
      'accreditedProgramme', 'wantsMutualRecognition',
    ),
  },
  Society: { entity: 'Society', fields: { ...columns('id', 'code', 'nameEn', 'status', 'suspendedAt', 'clarificationWorkingDays'), name: column('nameZh') } },
  EngineeringField: { entity: 'EngineeringField', fields: { ...columns('id', 'code', 'nameEn'), name: column('nameZh') } },
  Specialty: { entity: 'Specialty', fields: { ...columns('id', 'code', 'nameEn'), name: column('nameZh'), scope: column('scopeZh') } },
  Grade: { entity: 'Grade', fields: { ...columns('ladder', 'code', 'nameEn', 'rank'), name: column('nameZh') } },
  EducationEntry: { entity: 'EducationEntry', fields: columns('id', 'fromDate', 'toDate', 'school', 'major', 'level', 'degree', 'qualifying') },
  WorkHistoryEntry: {
    entity: 'WorkHistoryEntry',
    fields: columns(
      'id', 'fromDate', 'toDate', 'employer', 'department', 'position', 'refereeName', 'refereeContact', 'majorEngineeringWork', 'majorWorkKind',
    ),
  },
  DossierFile: {
    entity: 'StoredFile',
    fields: {
      ...columns('id', 'purpose', 'degreeEvidenceKind', 'caption', 'filename', 'contentType', 'size', 'sha256', 'createdAt'),
      downloadPath: { kind: 'expression', sql: (alias) => `'/files/' || ${alias}.id` },
    },
  },
};
