import { GrantRole } from '../../src/entities/enums';
import { RegisterMemberDocument } from '../generated/operations';
import { applicantOf, completeDossier } from '../helpers/dossier';
import { asOwner, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// A concurrency test of the number counter, not a journey: the journeys (journey.test.ts, procedure-coverage.test.ts)
// reach registration through the API; here six applications are put at the last step directly, to race there.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const versionOf = (id: string) => asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version as number);

describe('registration numbers', () => {
  it('never collide under concurrent confirmations', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const applicant = await applicantOf(app, 'CSEE');
      const { id } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'PROFESSIONAL' });
      await asOwner(app, (c) => c.query(`update application set stage = 'AWAITING_REGISTRATION', submitted_at = now(), society_member = true where id = $1`, [id]));
      ids.push(id);
    }
    const secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
    const results = await Promise.all(ids.map(async (id) => app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, { token: secretariat.token })));
    expect(results.map((result) => result.errors)).toEqual(ids.map(() => undefined));
    const numbers = results.map((result) => result.data!.registerMember!.registrationNumber);
    expect(new Set(numbers).size).toBe(6);
    for (const number of numbers) expect(number).toMatch(/^CSE-P-\d{4}-\d{6}$/);
  });
});
