import {
  AcceptApplicationDocument, AttachFileDocument, DetachFileDocument, MarkSocietyMembershipDocument, PassBasicConditionsDocument, PassFormCheckDocument,
  ProceedToComprehensiveReviewDocument, SaveBasicInformationDocument, SubmitApplicationDocument,
} from '../generated/operations';
import { asOwner } from './factories';
import { applicantOf, completeDossier, upload } from './dossier';
import { must, type Participant, ProcedureDriver } from './procedure-driver';
import type { TestApp } from './test-app';

/** A registered member, with the people around them. */
export interface RegisteredCase {
  applicationId: string;
  registrationNumber: string;
  member: Participant;
  memberAccountId: string;
  staff: Participant;
}

/**
 * Takes a TRAINEE applicant of CSEE from a complete dossier to the register, entirely through the API: the
 * society registers TRAINEE members itself. `setNow` moves the test app's clock over the public notice (it starts
 * on Monday 2026-11-02 and the member is registered on 2026-11-09). `photo` replaces the dossier's photo.
 */
export async function registerTrainee(app: TestApp, driver: ProcedureDriver, setNow: (iso: string) => void, options: { photo?: Buffer; idNumber?: string } = {}): Promise<RegisteredCase> {
  setNow('2026-11-02T02:00:00Z');
  const account = await applicantOf(app, 'CSEE');
  const member: Participant = { label: 'member', as: { token: account.token, society: 'CSEE' } };
  let { id, version } = await completeDossier(app, account, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'TRAINEE' });
  if (options.idNumber) {
    version = must(await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { idNumber: options.idNumber } }, member.as)).saveBasicInformation!.version!;
  }
  if (options.photo) {
    const detached = must(await app.gql(DetachFileDocument, { input: { applicationId: id, expectedVersion: version, fileId: await photoIdOf(app, id) } }, member.as)).detachFile!;
    const stored = await upload(app, account.token, 'CSEE', options.photo, 'photo.png');
    version = must(await app.gql(AttachFileDocument, { input: { applicationId: id, expectedVersion: detached.version!, fileId: stored.json.id!, purpose: 'PHOTO' } }, member.as)).attachFile!.version!;
  }
  must(await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, member.as));
  await driver.step(PassFormCheckDocument, id);
  await driver.step(PassBasicConditionsDocument, id);
  must(await app.gql(MarkSocietyMembershipDocument, { applicationId: id, expectedVersion: (await driver.state(id)).version, member: true }, driver.staff.as));
  await driver.step(AcceptApplicationDocument, id);
  const c = { id, applicant: member, examiners: [] as Participant[] };
  const reviewers = await driver.assignReviewers(c);
  await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'NONE' });
  await driver.step(ProceedToComprehensiveReviewDocument, id);
  const group = await driver.formGroup(c);
  await driver.decide(c, group[0], 'REGISTER');
  const notice = await driver.publish([id], '2026-11-02');
  setNow('2026-11-09T02:00:00Z');
  await driver.closeNotice(notice);
  const registrationNumber = await driver.register(id, driver.staff);
  return { applicationId: id, registrationNumber, member, memberAccountId: account.id, staff: driver.staff };
}

async function photoIdOf(app: TestApp, applicationId: string): Promise<string> {
  return asOwner(app, async (client) => (await client.query(`select id from stored_file where application_id = $1 and purpose = 'PHOTO'`, [applicationId])).rows[0].id as string);
}

/** Sends a plain HTTP GET to the test server, with the usual request options. */
export async function httpGet(app: TestApp, path: string, options: { token?: string; society?: string; accept?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.society) headers['x-society'] = options.society;
  if (options.accept) headers.accept = options.accept;
  const response = await fetch(app.server.url.replace('/graphql', path), { headers });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}

/** A valid mainland ID number of its own for each n (0–899): distinct people for tests that bar one of them. */
export function idNumberOf(n: number): string {
  const body = `11010519800101${String(100 + n).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(body[index]), 0);
  return body + '10X98765432'[sum % 11];
}
