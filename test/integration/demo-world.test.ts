import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions } from '../../src/db/orm-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/db/demo/demo-world.data';
import { seedDemoWorld } from '../../src/db/demo/seed-demo';
import { EnterpriseRecommendeesDocument, ExaminersDocument, LoginDocument, MeDocument, MyRegistrationsDocument, RecommendationCodesDocument } from '../generated/operations';
import { chinaToday } from '../../src/workflow/working-day-calendar';
import { countRows } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function seedOnce() {
  const orm = await MikroORM.init(createOrmOptions(app.ownerUrl, { poolMax: 1 }));
  try {
    return await seedDemoWorld(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}

describe('the demo world', () => {
  it('is seeded once and a second run changes nothing', async () => {
    expect(await seedOnce()).toEqual({ created: DEMO_ACCOUNTS.length, existing: 0 });
    const counts = [await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'enterprise')];
    expect(await seedOnce()).toEqual({ created: 0, existing: DEMO_ACCOUNTS.length });
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'enterprise')]).toEqual(counts);
  });

  it('lets a newcomer try each role with the development password', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const login = await app.gql(LoginDocument, { email: demo.email, password: DEMO_PASSWORD });
      expect(login.errors).toBeUndefined();
      const me = await app.gql(MeDocument, undefined, { token: login.data!.login.token });
      expect(me.data?.me?.grants?.map((grant) => grant.role)).toEqual([demo.role]);
    }
  });

  it('gives CSEE and CSAE four examiners each, FORMAL and TRAINEE, from different employers', async () => {
    for (const society of ['CSEE', 'CSAE']) {
      const token = (await app.gql(LoginDocument, { email: `staff@${society.toLowerCase()}.demo`, password: DEMO_PASSWORD })).data!.login.token;
      const list = await app.gql(ExaminersDocument, { first: 20 }, { token, society });
      const profiles = list.data!.examiners!.edges!.map((edge) => edge.node!.profile!);
      expect(profiles).toHaveLength(4);
      expect(new Set(profiles.map((profile) => profile.grade))).toEqual(new Set(['FORMAL', 'TRAINEE']));
      expect(new Set(profiles.map((profile) => profile.employer)).size).toBe(4);
    }
  });

  it('has a registered member inside the re-registration window and a suspended one who may apply to be restored', async () => {
    const today = chinaToday(new Date());
    const registrationOf = async (email: string) => {
      const token = (await app.gql(LoginDocument, { email, password: DEMO_PASSWORD })).data!.login.token;
      return (await app.gql(MyRegistrationsDocument, undefined, { token, society: 'CSEE' })).data!.myRegistrations![0];
    };
    const open = await registrationOf('member1@csee.demo');
    expect(open).toMatchObject({ status: 'ACTIVE', certificates: [{ issue: 1 }] });
    expect(open.reregistrationOpensOn! <= today && today <= open.reregistrationClosesOn!).toBe(true);
    expect(open.viewerCan).toContain('requestReregistration');
    const suspended = await registrationOf('member2@csee.demo');
    expect(suspended).toMatchObject({ status: 'SUSPENDED', statusReasonKind: 'NOT_MEETING_REQUIREMENTS' });
    expect(suspended.viewerCan).toEqual(expect.arrayContaining(['applyForRestoration', 'downloadCertificate']));
  });

  it('gives the recommender a reviewed form, codes and a redeemed code whose pre-application awaits screening', async () => {
    const login = await app.gql(LoginDocument, { email: 'recommender@powerchina.demo', password: DEMO_PASSWORD });
    const token = login.data!.login!.token!;
    const recommendees = await app.gql(EnterpriseRecommendeesDocument, { first: 10 }, { token });
    expect(recommendees.data!.enterpriseRecommendees!.edges!.map((edge) => [edge.node!.name, edge.node!.preApplicationStatus])).toEqual([['何志远', 'SUBMITTED']]);
    const codes = await app.gql(RecommendationCodesDocument, { first: 10 }, { token });
    expect(codes.data!.recommendationCodes!.edges!.map((edge) => edge.node!.status).sort()).toEqual(['ACTIVE', 'REDEEMED']);
  });
});
