import { GrantRole } from '../../src/entities/enums';
import { ExaminerViewerCanDocument, SocietiesViewerCanDocument } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/*
 * viewerCan on the objects of the scope tables, through the API (the table of every case is
 * test/unit/object-viewer-can.test.ts): the society's staff see their society's and their examiners' actions,
 * another tenant's staff none, the federation admin its own rows.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('viewerCan on societies and examiners', () => {
  it('gives each viewer exactly the actions of its rows on each object, and another tenant\'s staff none', async () => {
    const cseeStaff = await staffOf(app, 'CSEE');
    const cesStaff = await staffOf(app, 'CES');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const examiner = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'));
    const examinerId = await examinerGrantId(app, examiner.id);

    const societies = async (options: { token: string; society?: string }) =>
      Object.fromEntries((await app.gql(SocietiesViewerCanDocument, {}, options)).data!.societies!.filter((s) => ['CSEE', 'CES'].includes(s.code)).map((s) => [s.code, s.viewerCan]));
    const OWN_SOCIETY = ['setWrittenExamStandard', 'publishWrittenExamStandard', 'grantSocietyRole', 'revokeSocietyRole', 'updateSocietyBranding', 'setSocietyContacts'];
    expect(await societies({ token: cseeStaff.token, society: 'CSEE' })).toEqual({ CSEE: OWN_SOCIETY, CES: [] });
    expect(await societies({ token: cesStaff.token, society: 'CES' })).toEqual({ CSEE: [], CES: OWN_SOCIETY });
    const federationRows = ['suspendSociety', 'setClarificationPeriod', 'setWrittenExamPassMark'];
    expect(await societies({ token: admin.token })).toEqual({ CSEE: federationRows, CES: federationRows });
    expect(await societies({ token: examiner.token, society: 'CSEE' })).toEqual({ CSEE: [], CES: [] });

    const examinerAs = async (options: { token: string; society?: string }) => (await app.gql(ExaminerViewerCanDocument, { id: examinerId }, options)).data?.examiner?.viewerCan ?? null;
    expect(await examinerAs({ token: cseeStaff.token, society: 'CSEE' })).toEqual(['updateExaminer', 'revokeExaminer']);
    expect(await examinerAs({ token: admin.token, society: 'CSEE' })).toEqual(['updateExaminer', 'revokeExaminer']);
    // Another society's staff do not see the examiner at all (the tenancy wall), so nothing is offered either.
    expect(await examinerAs({ token: cesStaff.token, society: 'CES' })).toBeNull();
  });
});
