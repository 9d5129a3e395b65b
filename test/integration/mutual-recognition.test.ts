import { GrantRole } from '../../src/entities/enums';
import { PARTNER_BODY_SEEDS } from '../../src/db/reference/partner-bodies.data';
import {
  PartnerBodiesDocument, RecognitionCandidatesDocument, RecognitionReferralsDocument, RecordReferralAnswerDocument, ReferForMutualRecognitionDocument,
} from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { asOwner, errorOf, loggedIn } from '../helpers/factories';
import { registeredMember, type Member } from '../helpers/members';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/** Mutual recognition (seed 002): the federation refers members who asked for it to its partner bodies abroad. */

let app: TestApp;
let asking: Member;
let notAsking: Member;
let secretariat: RequestOptions;
let committee: RequestOptions;
let otherSocietyStaff: RequestOptions;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const referralRows = () => asOwner(app, async (c) => (await c.query('select * from recognition_referral order by id')).rows);

beforeAll(async () => {
  app = await startTestApp();
  asking = await registeredMember(app, 'CSEE', { wantsMutualRecognition: true });
  notAsking = await registeredMember(app, 'CSEE');
  secretariat = { token: (await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT })).token };
  committee = { token: (await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE })).token };
  otherSocietyStaff = { token: (await staffOf(app, 'CES')).token, society: 'CES' };
});
afterAll(() => app.close());

it('lists the four partner bodies of seed 002 as reference data, to anyone', async () => {
  const bodies = (await app.gql(PartnerBodiesDocument, {}, {})).data!.partnerBodies;
  expect(bodies.map((b) => b.code)).toEqual(PARTNER_BODY_SEEDS.map((b) => b.code));
  expect(bodies.map((b) => b.name)).toEqual(['缅甸工程理事会', '新加坡工程师学会', '马来西亚工程师学会', '香港工程师学会']);
});

it('lists the members who asked, and refers one to a partner body with its status and dates', async () => {
  const candidates = (await app.gql(RecognitionCandidatesDocument, {}, secretariat)).data!.recognitionCandidates!;
  expect(candidates.map((c) => c.registrationId)).toEqual([asking.registrationId]);
  const referred = await app.gql(ReferForMutualRecognitionDocument, { registrationId: asking.registrationId, partnerBodyCode: 'HKIE', note: '拟赴港参与项目' }, secretariat);
  expect(referred.data!.referForMutualRecognition).toMatchObject({ partnerBody: { code: 'HKIE' }, status: 'REFERRED', referredOn: today(), answeredOn: null, viewerCan: ['recordReferralAnswer'] });
  expect((await app.gql(RecognitionCandidatesDocument, {}, secretariat)).data!.recognitionCandidates![0].referredTo).toEqual(['HKIE']);
  // The member sees it in their society; so do its staff.
  const own = (await app.gql(RecognitionReferralsDocument, { registrationId: asking.registrationId }, asking.as)).data!.recognitionReferrals!;
  expect(own.map((r) => r.status)).toEqual(['REFERRED']);
  const answered = await app.gql(RecordReferralAnswerDocument, { referralId: own[0].id!, status: 'RECOGNISED', answeredOn: today() }, secretariat);
  // Answered once: nothing more is offered on it; the member is never offered the secretariat's step.
  expect(answered.data!.recordReferralAnswer).toMatchObject({ status: 'RECOGNISED', answeredOn: today(), viewerCan: [] });
  expect(own[0].viewerCan).toEqual([]);
});

const REFUSED: ReadonlyArray<[string, () => [string, string, RequestOptions], string, string | undefined]> = [
  ['a member who did not ask', () => [notAsking.registrationId, 'IES', secretariat], 'MUTUAL_RECOGNITION_NOT_REQUESTED', 'registrationId'],
  ['a second referral to the same body', () => [asking.registrationId, 'HKIE', secretariat], 'ALREADY_EXISTS', 'partnerBodyCode'],
  ['an unknown body', () => [asking.registrationId, 'ABC', secretariat], 'NOT_FOUND', 'partnerBodyCode'],
  ['the evaluation committee', () => [asking.registrationId, 'IEM', committee], 'FORBIDDEN', 'registrationId'],
  ['the member themselves', () => [asking.registrationId, 'IEM', asking.as], 'FORBIDDEN', undefined],
];
it.each(REFUSED)('refuses %s, changing nothing', async (_label, args, code, field) => {
  const [registrationId, partnerBodyCode, as] = args();
  const before = await referralRows();
  const result = await app.gql(ReferForMutualRecognitionDocument, { registrationId, partnerBodyCode }, as);
  expect(errorOf(result)).toMatchObject(field ? { code, field } : { code });
  expect(await referralRows()).toEqual(before);
});

it('answers once, and keeps other societies and members out', async () => {
  const [referral] = (await app.gql(RecognitionReferralsDocument, { registrationId: asking.registrationId }, secretariat)).data!.recognitionReferrals!;
  const before = await referralRows();
  expect(errorOf(await app.gql(RecordReferralAnswerDocument, { referralId: referral.id!, status: 'DECLINED', answeredOn: today(), note: '——' }, secretariat))?.code).toBe('INVALID_TRANSITION');
  expect(await referralRows()).toEqual(before);
  expect(errorOf(await app.gql(RecognitionReferralsDocument, { registrationId: asking.registrationId }, otherSocietyStaff))?.code).toBe('NOT_FOUND');
  expect(errorOf(await app.gql(RecognitionReferralsDocument, { registrationId: asking.registrationId }, notAsking.as))?.code).toBe('NOT_FOUND');
  expect(errorOf(await app.gql(RecognitionCandidatesDocument, {}, asking.as))?.code).toBe('FORBIDDEN');
});
