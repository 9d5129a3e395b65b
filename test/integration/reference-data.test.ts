import { CompetencyAreasDocument, CompetencyItemsDocument, EngineeringFieldsDocument, GradesDocument, SocietiesDocument } from '../generated/operations';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('health endpoints', () => {
  it('answers liveness and readiness', async () => {
    const base = app.server.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

describe('reference data, without logging in', () => {
  it('lists the 14 authorized societies with their fields', async () => {
    const { data, errors } = await app.gql(SocietiesDocument);
    expect(errors).toBeUndefined();
    expect(data?.societies).toHaveLength(14);
    const csee = data!.societies.find((society) => society.code === 'CSEE')!;
    expect(csee).toMatchObject({ name: '中国电机工程学会', nameEn: 'Chinese Society for Electrical Engineering', status: 'ACTIVE' });
    expect(csee.fields.map((field) => field.code)).toEqual(['ELECTRICAL']);
    const hydraulic = data!.societies.filter((society) => society.fields.some((field) => field.code === 'HYDRAULIC'));
    expect(hydraulic.map((society) => society.code).sort()).toEqual(['CHES', 'CHINCOLD', 'CSHE']);
  });

  it('lists the 13 engineering fields with specialties and scope texts', async () => {
    const { data } = await app.gql(EngineeringFieldsDocument);
    expect(data?.engineeringFields).toHaveLength(13);
    expect(data!.engineeringFields.map((field) => field.code)).toEqual([
      'CIVIL', 'ELECTRICAL', 'MECHANICAL', 'HYDRAULIC', 'ICT', 'AUTOMOTIVE', 'GEOLOGICAL', 'ARCHITECTURAL',
      'INSTRUMENTATION', 'LANDSCAPE', 'COMPUTING', 'ECO_ENVIRONMENTAL', 'CHEMICAL',
    ]);
    const civil = data!.engineeringFields[0];
    expect(civil).toMatchObject({ name: '土木工程类' });
    expect(civil.specialties.map((specialty) => specialty.code)).toEqual(['STRUCTURAL', 'GEOTECHNICAL', 'OTHER']);
    expect(civil.specialties[0].scope).toContain('桥梁工程');
    for (const field of data!.engineeringFields) {
      expect(field.specialties.length).toBeGreaterThan(0);
      for (const specialty of field.specialties) expect(specialty.scope.length).toBeGreaterThan(5);
    }
    expect(data!.engineeringFields.find((field) => field.code === 'AUTOMOTIVE')!.specialties).toHaveLength(8);
    expect(data!.engineeringFields.find((field) => field.code === 'ELECTRICAL')!.societies.map((s) => s.code).sort()).toEqual(['CES', 'CSEE']);
    // Authorized fields without a society among the 14 (2025 notice): listed, with no society yet.
    expect(data!.engineeringFields.find((field) => field.code === 'COMPUTING')!.societies).toEqual([]);
  });

  it('lists the 17 competency items A1–E4 with both wordings', async () => {
    const { data } = await app.gql(CompetencyItemsDocument);
    expect(data?.competencyItems.map((item) => item.code)).toEqual([
      'A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'E1', 'E2', 'E3', 'E4',
    ]);
    const e4 = data!.competencyItems.find((item) => item.code === 'E4')!;
    expect(e4.professionalWording).toBe('能提出决策意见，并对所作出的决定负责。');
    expect(e4.seniorWording).toBe('能提出科学的决策意见，并对所作出的决定负责。');
    expect(e4.area).toEqual({ code: 'E', name: '组织领导与项目管理能力' });
    for (const item of data!.competencyItems) expect(item.evidenceExamples.length).toBeGreaterThan(0);
  });

  it('groups the items into the five areas', async () => {
    const { data } = await app.gql(CompetencyAreasDocument);
    expect(data?.competencyAreas.map((area) => [area.code, area.items.length])).toEqual([['A', 5], ['B', 3], ['C', 3], ['D', 2], ['E', 4]]);
  });

  it('lists the general grades with their basic conditions', async () => {
    const { data } = await app.gql(GradesDocument, { ladder: 'GENERAL' });
    expect(data?.grades.map((grade) => [grade.code, grade.basicConditions.minRelevantWorkYears, grade.basicConditions.minMajorWorkYears])).toEqual([
      ['TRAINEE', 0, 0], ['PROFESSIONAL', 5, 2], ['SENIOR', 10, 5],
    ]);
  });

  it('loads nested lists in a constant number of statements', async () => {
    app.statements.length = 0;
    await app.gql(EngineeringFieldsDocument);
    // begin, set_config ×1, fields, specialties, societies, commit — never one per field.
    expect(app.statements.filter((sql) => /\bselect\b/i.test(sql) && !/set_config/.test(sql))).toHaveLength(3);
  });
});
