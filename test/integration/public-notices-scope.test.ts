import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('publicNotices without a society', () => {
  it('answers SOCIETY_REQUIRED on that field alone, in both languages, and the rest of the response stands', async () => {
    const answer = await app.raw({ query: '{ grades { code } publicNotices { id } }' }, { language: 'en' });
    const json = answer.json as { data: { grades: Array<{ code: string }> | null; publicNotices: unknown }; errors: Array<{ path: string[]; extensions: Record<string, unknown> }> };
    expect(json.data.grades?.length).toBeGreaterThan(0);
    expect(json.data.publicNotices).toBeNull();
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].path).toEqual(['publicNotices']);
    expect(json.errors[0].extensions).toMatchObject({ code: 'SOCIETY_REQUIRED', messageEn: expect.stringMatching(/society/), messageZh: expect.stringMatching(/学会/) });
  });

  it('answers the society\'s notices with one', async () => {
    const answer = await app.raw({ query: '{ publicNotices { id } }' }, { society: 'CSEE' });
    expect(answer.json).toEqual({ data: { publicNotices: [] } });
  });
});
