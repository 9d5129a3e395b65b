import { randomUUID } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import {
  AcceptApplicationDocument, MarkSocietyMembershipDocument, PassBasicConditionsDocument, PassFormCheckDocument, SubmitApplicationDocument,
  AttachFileDocument, SaveAchievementsDocument, SaveBasicInformationDocument, SaveCompetencyClaimsDocument, SaveEducationDocument,
  SaveCareerPlanDocument, SaveSelfStatementDocument, SaveWorkHistoryDocument, StartApplicationDocument, type FilePurpose,
} from '../generated/operations';
import { loggedIn } from './factories';
import type { TestApp } from './test-app';

/** Smallest byte strings each accepted type is recognised by. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  text: Buffer.from('plain text pretending to be a PDF'),
};

/** A valid mainland ID number (check digit computed). */
export const VALID_ID_NUMBER = '11010519491231002X';

/** The 17 competency items (seed 000): an interview record asks about each. */
export const COMPETENCY_ITEM_CODES = ['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'E1', 'E2', 'E3', 'E4'];

/** One question per competency item, for an interview record. */
export function questionsForAllItems(): Array<{ itemCode: string; question: string }> {
  return COMPETENCY_ITEM_CODES.map((itemCode) => ({ itemCode, question: `关于${itemCode}的提问` }));
}

/** Uploads bytes through POST /files and answers status and JSON. */
export async function upload(app: TestApp, token: string | undefined, society: string | undefined, bytes: Buffer, filename = 'file.pdf') {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(filename) };
  if (token) headers.authorization = `Bearer ${token}`;
  if (society) headers['x-society'] = society;
  const response = await fetch(app.server.url.replace('/graphql', '/files'), { method: 'POST', headers, body: bytes });
  return { status: response.status, json: (await response.json()) as { id?: string; contentType?: string; sha256?: string; size?: number; errors?: Array<{ extensions: Record<string, unknown> }> } };
}

/** Downloads a file through GET /files/:id. */
export async function download(app: TestApp, token: string | undefined, society: string | undefined, id: string) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (society) headers['x-society'] = society;
  const response = await fetch(app.server.url.replace('/graphql', `/files/${id}`), { headers });
  return { status: response.status, contentType: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

/** A logged-in applicant of a society. */
export function applicantOf(app: TestApp, society: string) {
  return loggedIn(app, { role: GrantRole.APPLICANT, society });
}

/** A logged-in staff member of a society. */
export function staffOf(app: TestApp, society: string) {
  return loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society });
}

function must<T>(result: { data?: T | null; errors?: unknown }): T {
  if (!result.data || result.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The self-statement a complete dossier carries: within the recommended 3000–5000 characters. */
export const STATEMENT = `本人自2012年起从事电力系统自动化工作（A1、A2）。${'在变电站自动化改造项目中负责方案设计与实施，协调多方资源，按期完成投运。'.repeat(110)}`;

/** The career plan a complete dossier carries, one horizon each (seed 000: 1–3, 3–7, 7–10 years). */
export const CAREER_PLAN = {
  careerPlanShortTerm: '三年内主持完成一项地区电网自动化升级项目。',
  careerPlanMidTerm: '七年内成为电力系统自动化领域的技术带头人。',
  careerPlanLongTerm: '十年内推动行业标准制定并培养青年工程师。',
};

/** Starts an application and fills every section through the API, attaching all required files; answers its id and version. */
export async function completeDossier(
  app: TestApp,
  applicant: { token: string },
  society = 'CSEE',
  choice = { fieldCode: 'ELECTRICAL', specialtyCode: 'POWER_SYSTEM_AUTOMATION', gradeCode: 'PROFESSIONAL' },
  channel: 'INDIVIDUAL' | 'ENTERPRISE' = 'INDIVIDUAL',
): Promise<{ id: string; version: number }> {
  const started = must(await app.gql(StartApplicationDocument, { input: { ...choice, channel } }, { token: applicant.token, society })).startApplication!;
  return fillDossier(app, applicant, started.id!, started.version!, society);
}

/** Fills every section of a started application through the API and attaches the required files (those in `skip` aside). */
export async function fillDossier(
  app: TestApp, applicant: { token: string }, id: string, startVersion: number, society = 'CSEE', skip: { selfStatement?: boolean; purposes?: FilePurpose[] } = {},
): Promise<{ id: string; version: number }> {
  const as = { token: applicant.token, society };
  let version = startVersion;
  const next = (application: { version?: number | null } | null | undefined) => {
    version = application!.version!;
  };
  next(must(await app.gql(SaveBasicInformationDocument, {
    applicationId: id, expectedVersion: version,
    input: {
      name: '张伟', idNumber: VALID_ID_NUMBER, birthDate: '1985-06-01', mailingAddress: '北京市西城区白广路二条1号', mobile: '13800138000',
      email: `zhang.${randomUUID().slice(0, 6)}@example.test`, employer: '国网北京市电力公司', employerEn: 'State Grid Beijing Electric Power Company',
      accreditedProgramme: true, wantsMutualRecognition: false,
    },
  }, as)).saveBasicInformation);
  next(must(await app.gql(SaveEducationDocument, {
    applicationId: id, expectedVersion: version,
    entries: [
      { fromDate: '2000-09-01', toDate: '2003-07-01', school: '北京市第四中学', level: 'SENIOR_HIGH', degree: '无' },
      { fromDate: '2003-09-01', toDate: '2007-07-01', school: '华北电力大学', major: '电气工程及其自动化', level: 'BACHELOR', degree: '工学学士', qualifying: true },
    ],
  }, as)).saveEducation);
  next(must(await app.gql(SaveWorkHistoryDocument, {
    applicationId: id, expectedVersion: version,
    entries: [
      { fromDate: '2007-08-01', toDate: '2012-12-31', employer: '国网北京市电力公司', department: '调度中心', position: '工程师', refereeName: '李明', refereeContact: '13900000001' },
      { fromDate: '2013-01-01', employer: '国网北京市电力公司', department: '自动化处', position: '高级工程师', refereeName: '王强', refereeContact: '13900000002', majorEngineeringWork: true, majorWorkKind: 'LARGE_PROJECT_PART' },
    ],
  }, as)).saveWorkHistory);
  if (!skip.selfStatement) next(must(await app.gql(SaveSelfStatementDocument, { applicationId: id, expectedVersion: version, text: STATEMENT }, as)).saveSelfStatement);
  next(must(await app.gql(SaveCareerPlanDocument, { applicationId: id, expectedVersion: version, input: CAREER_PLAN }, as)).saveCareerPlan);
  next(must(await app.gql(SaveCompetencyClaimsDocument, { applicationId: id, expectedVersion: version, claims: [{ passage: '负责方案设计与实施', itemCodes: ['A2', 'E1'] }] }, as)).saveCompetencyClaims);
  next(must(await app.gql(SaveAchievementsDocument, {
    applicationId: id, expectedVersion: version,
    achievements: [{ category: 'PATENT', date: '2019-05-01', title: '一种变电站自动化系统', role: '第一发明人' }],
  }, as)).saveAchievements);
  const purposes: Array<[FilePurpose, Buffer]> = [['PHOTO', SAMPLE_FILES.jpeg], ['ID_COPY', SAMPLE_FILES.pdf], ['DEGREE_EVIDENCE', SAMPLE_FILES.pdf], ['ORG_CHART', SAMPLE_FILES.png], ['PLEDGE', SAMPLE_FILES.pdf]];
  for (const [purpose, bytes] of purposes.filter(([purpose]) => !skip.purposes?.includes(purpose))) {
    const stored = await upload(app, applicant.token, society, bytes, `${purpose.toLowerCase()}.bin`);
    // The degree evidence a complete dossier carries is the CHSI record (seed 000).
    const degreeEvidenceKind = purpose === 'DEGREE_EVIDENCE' ? 'CHSI_RECORD' as const : undefined;
    next(must(await app.gql(AttachFileDocument, { input: { applicationId: id, expectedVersion: version, fileId: stored.json.id!, purpose, degreeEvidenceKind } }, as)).attachFile);
  }
  return { id, version };
}

/** Takes a complete dossier through initial review to ACCEPTED via the API; answers the new version. */
export async function acceptThroughInitialReview(app: TestApp, applicant: { token: string }, staff: { token: string }, id: string, version: number, society = 'CSEE'): Promise<number> {
  const asApplicant = { token: applicant.token, society };
  const asStaff = { token: staff.token, society };
  let v = must(await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, asApplicant)).submitApplication!.version!;
  v = must(await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: v } }, asStaff)).passFormCheck!.version!;
  v = must(await app.gql(PassBasicConditionsDocument, { input: { applicationId: id, expectedVersion: v } }, asStaff)).passBasicConditions!.version!;
  v = must(await app.gql(MarkSocietyMembershipDocument, { applicationId: id, expectedVersion: v, member: true }, asStaff)).markSocietyMembership!.version!;
  return must(await app.gql(AcceptApplicationDocument, { input: { applicationId: id, expectedVersion: v } }, asStaff)).acceptApplication!.version!;
}
