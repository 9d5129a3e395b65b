import { MikroORM } from '@mikro-orm/postgresql';
import { getNullableType, isNonNullType, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createOrmOptions } from '../../src/db/orm-config';
import { buildApiSchema, printApiSchema } from '../../src/graphql/build-schema';
import { API_ACCESS_TABLE as ACCESS_TABLE } from '../../src/graphql/access-rows';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('the committed schema', () => {
  it('is exactly what the code builds (run `npm run schema:emit` and commit after a schema change)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printApiSchema(await buildApiSchema())).toBe(committed);
  });
});

describe('the access table', () => {
  it('declares a rule for every field of every object type (nothing relies on the fallback by accident)', async () => {
    const schema = await buildApiSchema();
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const access = ACCESS_TABLE[type.name];
      for (const field of Object.keys(type.getFields())) {
        if (access === undefined || (typeof access !== 'string' && access[field] === undefined)) undeclared.push(`${type.name}.${field}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('makes every guarded field nullable, so a refusal nulls the field and not its parent', async () => {
    const schema = await buildApiSchema();
    const nonNullGuarded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const access = ACCESS_TABLE[type.name];
      for (const [name, field] of Object.entries(type.getFields())) {
        const condition = typeof access === 'string' ? access : access?.[name];
        if (condition !== 'public' && isNonNullType(field.type)) nonNullGuarded.push(`${type.name}.${name}: ${String(getNullableType(field.type))}`);
      }
    }
    expect(nonNullGuarded).toEqual([]);
  });

  it('makes non-null every unguarded field that always has a value (ids, and what the entity requires), so clients need no null checks there', async () => {
    // "Guarded" comes from the access table (anything but 'public'); "always has a value" from the ORM: `id`, and a
    // property of the same-named entity that is not nullable (a relation or a collection included). Guarded fields stay
    // nullable (the test above): a refusal nulls them.
    const orm = await MikroORM.init({ ...createOrmOptions('postgres://unused@127.0.0.1:1/unused', { poolMax: 1 }), connect: false });
    try {
      const schema = await buildApiSchema();
      const entities = Object.values(orm.getMetadata().getAll());
      const promisesTooMuch: string[] = [];
      let checked = 0;
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__')) continue;
        const access = ACCESS_TABLE[type.name];
        const entity = entities.find((meta) => meta.className === type.name);
        for (const [name, field] of Object.entries(type.getFields())) {
          const condition = typeof access === 'string' ? access : access?.[name];
          const property = entity?.properties[name as never] as { nullable?: boolean } | undefined;
          const always = name === 'id' || (property !== undefined && property.nullable !== true);
          if (condition !== 'public' || !always) continue;
          checked += 1;
          if (!isNonNullType(field.type)) promisesTooMuch.push(`${type.name}.${name}: ${String(field.type)}`);
        }
      }
      expect(checked).toBeGreaterThan(30);
      expect(promisesTooMuch).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });

  it('declares public only reference data (published contact people included), login, the scope, the public notice, the public register, published written-exam standards, published score sheets and report rows (their root fields are guarded)', () => {
    const publicTypes = Object.entries(ACCESS_TABLE).filter(([, access]) => access === 'public').map(([type]) => type).sort();
    // Everything else is guarded field by field; a confidential type made public would show up here first.
    // Score sheets as published: seed 003 Appendices B and C are part of the standard.
    expect(publicTypes).toEqual([
      'ApplicationRound', 'ApplicationRoundReportRow', 'CompetencyArea', 'CompetencyItem', 'ComplaintReportRow', 'ContactPerson', 'CpdComplianceReportRow', 'CurrentScope', 'CycleTimeRow',
      'EducationYearsRequirement', 'EngineeringField', 'EnterpriseChannelSettings', 'ExaminerWorkloadRow', 'FunnelRow', 'Grade', 'GradeBasicConditions', 'GradeRoute',
      'GradeRouteAssessment', 'LoginPayload', 'NoticeEntry', 'PageInfo', 'PartnerBody', 'PublicNotice', 'RegisteredMember', 'RegistrationReportRow',
      'ScoreBand', 'ScoreGroup', 'ScoreItem', 'ScoreOption', 'ScoreSection', 'ScoreSheet', 'Society', 'Specialty', 'WorkingDayCalendarStatus',
      'WorkingDayDeadline', 'WorkingDayOverride', 'WrittenExamReference', 'WrittenExamStandard',
    ]);
  });

  it('is reviewed as a permission change when it changes', () => {
    expect(ACCESS_TABLE).toMatchSnapshot();
  });
});

describe('migrations and entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('agree: the ORM sees nothing to change in the migrated database', async () => {
    const orm = await MikroORM.init(createOrmOptions(app.ownerUrl, { poolMax: 1 }));
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
