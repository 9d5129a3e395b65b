import { createHash } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import { applyRlsSettings } from '../../src/tenancy/request-transaction';
import { cpdCompliance } from '../../src/cpd/cpd-compliance';
import {
  AttachCpdEvidenceDocument, CpdAuditDrawDocument, CpdComplianceDocument, CpdFiguresDocument, CpdRecordDocument, CpdRequirementsDocument, DecideCpdAuditDocument, DetachCpdEvidenceDocument,
  DrawCpdAuditDocument, RecordCpdActivityDocument, SaveCpdSummaryDocument, SetCpdRequirementsDocument, SubmitCpdAuditEvidenceDocument, type CpdActivityInput,
  FileDownloadUrlDocument,
} from '../generated/operations';
import { download, SAMPLE_FILES, staffOf, upload } from '../helpers/dossier';
import { asOwner, errorOf, loggedIn } from '../helpers/factories';
import { registeredMember, type Member } from '../helpers/members';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/**
 * CPD after registration (seed 000 如何保持工程会员身份; T/CAS 919): ≥ 50 hours a year by default, a setting of each
 * society; activities with evidence, a yearly summary, a reproducible yearly audit draw, compliance computed in SQL.
 */

let app: TestApp;
let member: Member;
let otherMember: Member;
let staff: RequestOptions;
let otherSocietyStaff: RequestOptions;
let federation: RequestOptions;
let federationAccountId: string;
// Registered on 1 March 2024 (valid until 28 February 2029): 2024 is a partial year.
const VALID_FROM = '2024-03-01';

const activity = (extra: Partial<CpdActivityInput> = {}): CpdActivityInput => ({
  registrationId: member.registrationId, kind: 'TRAINING', title: '电力系统继电保护新技术培训', provider: '中国电机工程学会',
  startedOn: '2025-04-01', endedOn: '2025-04-03', hours: 24, ...extra,
});

/** Everything the CPD commands write. */
const cpdRows = () => asOwner(app, async (c) => ({
  activities: (await c.query('select * from cpd_activity order by id')).rows,
  evidence: (await c.query('select * from cpd_evidence order by id')).rows,
  summaries: (await c.query('select * from cpd_summary order by id')).rows,
  draws: (await c.query('select * from cpd_audit_draw order by id')).rows,
  audits: (await c.query('select * from cpd_audit order by id')).rows,
  settings: (await c.query('select * from cpd_setting order by id')).rows,
  files: (await c.query('select id, purpose, attached_at from stored_file order by id')).rows,
}));

beforeAll(async () => {
  app = await startTestApp();
  member = await registeredMember(app, 'CSEE', { validFrom: VALID_FROM });
  otherMember = await registeredMember(app, 'CSEE', { validFrom: VALID_FROM });
  staff = { token: (await staffOf(app, 'CSEE')).token, society: 'CSEE' };
  otherSocietyStaff = { token: (await staffOf(app, 'CES')).token, society: 'CES' };
  const secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
  federation = { token: secretariat.token };
  federationAccountId = secretariat.id;
});
afterAll(() => app.close());

describe('a member records CPD activities', () => {
  it('records activities that count in the year they ended, and sees the year against the minimum', async () => {
    const first = await app.gql(RecordCpdActivityDocument, { input: activity() }, member.as);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordCpdActivity).toMatchObject({ kind: 'TRAINING', hours: 24, endedOn: '2025-04-03', evidence: [] });
    // Started in 2025, ended in 2026: a 2026 activity.
    await app.gql(RecordCpdActivityDocument, { input: activity({ kind: 'CONFERENCE', title: '中国电机工程学会年会', startedOn: '2025-12-30', endedOn: '2026-01-02', hours: 16 }) }, member.as);
    await app.gql(RecordCpdActivityDocument, { input: activity({ kind: 'ONLINE_LEARNING', title: '在线课程：新型电力系统', provider: null, startedOn: '2025-06-01', endedOn: '2025-09-30', hours: 30 }) }, member.as);

    const year2025 = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, member.as)).data!.cpdRecord!;
    expect(year2025.activities!.map((a) => a.hours)).toEqual([24, 30]);
    expect(year2025.compliance).toMatchObject({ year: 2025, minimumHours: 50, requiredHours: 50, hours: 54, met: true, auditStatus: null });
    const year2026 = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2026 }, member.as)).data!.cpdRecord!;
    expect(year2026.compliance).toMatchObject({ hours: 16, requiredHours: 50, met: false });
  });

  it('prorates a partial first year: from 1 March 2024, 306 of 366 days owe 42 of 50 hours', async () => {
    const year2024 = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2024 }, member.as)).data!.cpdRecord!;
    expect(year2024.compliance).toMatchObject({ requiredHours: Math.ceil(50 * 306 / 366), hours: 0, met: false });
  });

  // Bad input: the code, the field, and nothing written.
  const REFUSED: ReadonlyArray<[string, Partial<CpdActivityInput>, string, string]> = [
    ['ended before the registration', { startedOn: '2024-02-01', endedOn: '2024-02-28' }, 'CPD_OUTSIDE_REGISTRATION', 'input.endedOn'],
    ['ends in the future', { startedOn: '2026-01-01', endedOn: '2099-01-01' }, 'CPD_OUTSIDE_REGISTRATION', 'input.endedOn'],
    ['ends before it starts', { startedOn: '2025-05-02', endedOn: '2025-05-01' }, 'BAD_USER_INPUT', 'input.endedOn'],
    ['no hours', { hours: 0 }, 'NUMBER_OUT_OF_RANGE', 'input.hours'],
    ['more than 500 hours', { hours: 501 }, 'NUMBER_OUT_OF_RANGE', 'input.hours'],
    ['no title', { title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
    ['not a date', { endedOn: '2025-02-30' }, 'MALFORMED_DATE', 'input.endedOn'],
  ];
  it.each(REFUSED)('refuses an activity that %s, changing nothing', async (_label, change, code, field) => {
    const before = await cpdRows();
    const result = await app.gql(RecordCpdActivityDocument, { input: activity(change) }, member.as);
    expect(errorOf(result)).toMatchObject({ code, field });
    expect(await cpdRows()).toEqual(before);
  });

  // Only the member keeps their record; readers who may not act are FORBIDDEN, everyone else finds nothing.
  const WHO: ReadonlyArray<[string, () => RequestOptions, string]> = [
    ['another member of the society', () => otherMember.as, 'NOT_FOUND'],
    ['the society staff', () => staff, 'FORBIDDEN'],
    ['staff of another society', () => otherSocietyStaff, 'NOT_FOUND'],
    ['the federation', () => federation, 'FORBIDDEN'],
    ['the public', () => ({ society: 'CSEE' }), 'UNAUTHENTICATED'],
  ];
  it.each(WHO)('refuses %s recording for the member, changing nothing', async (_label, as, code) => {
    const before = await cpdRows();
    const result = await app.gql(RecordCpdActivityDocument, { input: activity() }, as());
    expect(errorOf(result)?.code).toBe(code);
    expect(await cpdRows()).toEqual(before);
  });

  it('keeps one summary per year, rewritten by the member', async () => {
    await app.gql(SaveCpdSummaryDocument, { registrationId: member.registrationId, year: 2025, summary: '初稿' }, member.as);
    const saved = await app.gql(SaveCpdSummaryDocument, { registrationId: member.registrationId, year: 2025, summary: '2025年完成继电保护培训与在线课程，共54学时。' }, member.as);
    expect(saved.data!.saveCpdSummary).toMatchObject({ year: 2025, summary: '2025年完成继电保护培训与在线课程，共54学时。' });
    expect((await cpdRows()).summaries).toHaveLength(1);
    const seen = await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, staff);
    expect(seen.data!.cpdRecord!.summary!.summary).toContain('54学时');
    expect(seen.data!.cpdRecord!.compliance!.summaryRecorded).toBe(true);
  });
});

describe('evidence files', () => {
  it('attaches an uploaded file that the staff and the federation may download, and no one else', async () => {
    const [recorded] = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, member.as)).data!.cpdRecord!.activities!;
    const file = await upload(app, member.account.token, 'CSEE', SAMPLE_FILES.pdf, '培训证书.pdf');
    const attached = await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: file.json.id! }, member.as);
    expect(attached.errors).toBeUndefined();
    expect(attached.data!.attachCpdEvidence!.evidence).toEqual([{ id: file.json.id, filename: '培训证书.pdf', contentType: 'application/pdf', size: SAMPLE_FILES.pdf.length }]);
    expect((await download(app, staff.token, 'CSEE', file.json.id!)).status).toBe(200);
    expect((await download(app, federation.token, undefined, file.json.id!)).status).toBe(200);
    expect((await download(app, otherMember.account.token, 'CSEE', file.json.id!)).status).toBe(404);
    expect((await download(app, otherSocietyStaff.token, 'CES', file.json.id!)).status).toBe(404);
    // A signed address follows the same rule as the download: staff may have one, another member may not.
    const signed = await app.gql(FileDownloadUrlDocument, { id: file.json.id! }, { token: staff.token, society: 'CSEE' });
    expect(signed.data!.fileDownloadUrl!.url).toMatch(new RegExp(`^/files/${file.json.id}/signed\\?`));
    expect(errorOf(await app.gql(FileDownloadUrlDocument, { id: file.json.id! }, { token: otherMember.account.token, society: 'CSEE' }))?.code).toBe('NOT_FOUND');
    // Attached once: a second attachment is refused and changes nothing.
    const before = await cpdRows();
    const again = await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: file.json.id! }, member.as);
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId' });
    expect(await cpdRows()).toEqual(before);
  });

  it("refuses another member's file and a text file, changing nothing", async () => {
    const [recorded] = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, member.as)).data!.cpdRecord!.activities!;
    const theirs = await upload(app, otherMember.account.token, 'CSEE', SAMPLE_FILES.pdf);
    const text = await upload(app, member.account.token, 'CSEE', SAMPLE_FILES.text, 'notes.txt');
    const before = await cpdRows();
    expect(errorOf(await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: theirs.json.id! }, member.as))).toMatchObject({ code: 'NOT_FOUND', field: 'fileId' });
    if (text.json.id) {
      expect(errorOf(await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: text.json.id }, member.as))?.code).toBe('UNSUPPORTED_FILE_TYPE');
    }
    expect(errorOf(await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: theirs.json.id! }, otherMember.as))?.code).toBe('NOT_FOUND');
    expect(await cpdRows()).toEqual(before);
  });

  it('detaches a file, which is the member\'s again', async () => {
    const [recorded] = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, member.as)).data!.cpdRecord!.activities!;
    const extra = await upload(app, member.account.token, 'CSEE', SAMPLE_FILES.png, 'photo.png');
    await app.gql(AttachCpdEvidenceDocument, { activityId: recorded.id!, fileId: extra.json.id! }, member.as);
    const detached = await app.gql(DetachCpdEvidenceDocument, { activityId: recorded.id!, fileId: extra.json.id! }, member.as);
    expect(detached.data!.detachCpdEvidence!.evidence!.map((f) => f.id)).not.toContain(extra.json.id);
    expect((await download(app, staff.token, 'CSEE', extra.json.id!)).status).toBe(404);
  });
});

describe("the society's setting", () => {
  it('is 50 hours by default and the society may set another minimum (the federation\'s English site says 40)', async () => {
    const set = await app.gql(SetCpdRequirementsDocument, { minimumHours: 40, auditRatePercent: 50 }, staff);
    expect(set.data!.setCpdRequirements).toEqual({ societyCode: 'CSEE', minimumHours: 40, auditRatePercent: 50 });
    const year2026 = (await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2026 }, member.as)).data!.cpdRecord!;
    expect(year2026.compliance).toMatchObject({ minimumHours: 40, requiredHours: 40 });
    // Another society keeps the default.
    expect((await app.gql(CpdRequirementsDocument, {}, otherSocietyStaff)).data!.cpdRequirements).toMatchObject({ societyCode: 'CES', minimumHours: 50, auditRatePercent: 10, updatedAt: null });
  });

  it.each([
    ['a member', () => member.as, 'FORBIDDEN', undefined],
    ['more than 500 hours', () => staff, 'NUMBER_OUT_OF_RANGE', 'minimumHours'],
  ] as const)('refuses %s, changing nothing', async (_label, as, code, field) => {
    const before = await cpdRows();
    const result = await app.gql(SetCpdRequirementsDocument, { minimumHours: field ? 501 : 30, auditRatePercent: 10 }, as());
    expect(errorOf(result)?.code).toBe(code);
    expect(await cpdRows()).toEqual(before);
  });
});

describe('the yearly audit', () => {
  let drawn: string[];
  const members: Member[] = [];

  it('draws a recorded, reproducible sample: ceil(population × rate) ordered by md5(seed || id)', async () => {
    // Two more members (four in CSEE), and one in CES who is never in CSEE's population.
    members.push(member, otherMember, await registeredMember(app, 'CSEE', { validFrom: VALID_FROM }), await registeredMember(app, 'CSEE', { validFrom: VALID_FROM }));
    const cesMember = await registeredMember(app, 'CES', { validFrom: VALID_FROM });
    const result = await app.gql(DrawCpdAuditDocument, { year: 2025 }, staff);
    expect(result.errors).toBeUndefined();
    const draw = result.data!.drawCpdAudit!;
    expect(draw.ratePercent).toBe(50);
    expect(draw.population).toHaveLength(4);
    expect(draw.population).not.toContain(cesMember.registrationId);
    const expected = [...draw.population!].sort((a, b) => {
      const [ha, hb] = [a, b].map((id) => createHash('md5').update(draw.seed! + id).digest('hex'));
      return ha < hb ? -1 : 1;
    }).slice(0, 2);
    drawn = draw.audits!.map((a) => a.registrationId!);
    expect(new Set(drawn)).toEqual(new Set(expected));
    expect(draw.audits!.every((a) => a.status === 'EVIDENCE_REQUESTED')).toBe(true);
    // Stored: the same draw is read back.
    const read = await app.gql(CpdAuditDrawDocument, { year: 2025 }, staff);
    expect(read.data!.cpdAuditDraw).toMatchObject({ id: draw.id, seed: draw.seed, population: draw.population });
  });

  it('refuses a second draw of the year, and a member drawing, changing nothing', async () => {
    const before = await cpdRows();
    expect(errorOf(await app.gql(DrawCpdAuditDocument, { year: 2025 }, staff))).toMatchObject({ code: 'ALREADY_EXISTS', field: 'year' });
    expect(errorOf(await app.gql(DrawCpdAuditDocument, { year: 2024 }, member.as))?.code).toBe('FORBIDDEN');
    expect(await cpdRows()).toEqual(before);
  });

  it('asks the drawn member for evidence; staff reject with reasons, and the year is then not met', async () => {
    const audits = (await app.gql(CpdAuditDrawDocument, { year: 2025 }, staff)).data!.cpdAuditDraw!.audits!;
    const audited = audits[0];
    const auditedMember = members.find((m) => m.registrationId === audited.registrationId)!;
    const notDrawn = members.find((m) => !drawn.includes(m.registrationId))!;
    // Staff cannot answer for the member; the member cannot decide.
    let before = await cpdRows();
    expect(errorOf(await app.gql(SubmitCpdAuditEvidenceDocument, { auditId: audited.id!, note: '见附件' }, staff))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DecideCpdAuditDocument, { auditId: audited.id!, accepted: true }, staff))).toMatchObject({ code: 'CPD_AUDIT_STEP_NOT_OPEN' });
    // Another member cannot see the audit at all.
    expect(errorOf(await app.gql(SubmitCpdAuditEvidenceDocument, { auditId: audited.id!, note: '见附件' }, notDrawn.as))?.code).toBe('NOT_FOUND');
    expect(await cpdRows()).toEqual(before);
    const submitted = await app.gql(SubmitCpdAuditEvidenceDocument, { auditId: audited.id!, note: '培训证书与在线课程记录已附在各项活动下。' }, auditedMember.as);
    expect(submitted.data!.submitCpdAuditEvidence!.status).toBe('EVIDENCE_SUBMITTED');
    // The member sees the request and their answer in their record.
    const own = (await app.gql(CpdRecordDocument, { registrationId: auditedMember.registrationId, year: 2025 }, auditedMember.as)).data!.cpdRecord!;
    expect(own.audit).toMatchObject({ status: 'EVIDENCE_SUBMITTED', evidenceNote: '培训证书与在线课程记录已附在各项活动下。' });
    before = await cpdRows();
    expect(errorOf(await app.gql(DecideCpdAuditDocument, { auditId: audited.id!, accepted: false }, staff))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    expect(await cpdRows()).toEqual(before);
    const rejected = await app.gql(DecideCpdAuditDocument, { auditId: audited.id!, accepted: false, reasons: '在线课程无学时证明。' }, staff);
    expect(rejected.data!.decideCpdAudit).toMatchObject({ status: 'REJECTED', reasons: '在线课程无学时证明。' });
    const row = (await app.gql(CpdComplianceDocument, { year: 2025 }, staff)).data!.cpdCompliance!.find((r) => r.registrationId === audited.registrationId)!;
    expect(row).toMatchObject({ auditStatus: 'REJECTED', met: false });
    // Decided once.
    before = await cpdRows();
    expect(errorOf(await app.gql(DecideCpdAuditDocument, { auditId: audited.id!, accepted: true }, staff))?.code).toBe('CPD_AUDIT_STEP_NOT_OPEN');
    expect(await cpdRows()).toEqual(before);
  });
});

describe('who sees compliance', () => {
  it('shows a member their own registrations only, the staff their society, the federation every society', async () => {
    const own = (await app.gql(CpdComplianceDocument, { year: 2025 }, member.as)).data!.cpdCompliance!;
    expect(own.map((r) => r.registrationId)).toEqual([member.registrationId]);
    const society = (await app.gql(CpdComplianceDocument, { year: 2025 }, staff)).data!.cpdCompliance!;
    expect(society).toHaveLength(4);
    expect(new Set(society.map((r) => r.societyCode))).toEqual(new Set(['CSEE']));
    const all = (await app.gql(CpdComplianceDocument, { year: 2025 }, federation)).data!.cpdCompliance!;
    expect(new Set(all.map((r) => r.societyCode))).toEqual(new Set(['CSEE', 'CES']));
    // Keyset pages: two at a time cover the same rows.
    const page1 = (await app.gql(CpdComplianceDocument, { year: 2025, first: 2 }, federation)).data!.cpdCompliance!;
    const page2 = (await app.gql(CpdComplianceDocument, { year: 2025, first: 10, after: page1[1].registrationNumber }, federation)).data!.cpdCompliance!;
    expect([...page1, ...page2].map((r) => r.registrationId)).toEqual(all.map((r) => r.registrationId));
    const figures = (await app.gql(CpdFiguresDocument, { year: 2025 }, federation)).data!.cpdFigures!;
    expect(figures.find((f) => f.societyCode === 'CSEE')).toMatchObject({ members: 4, audited: 2, auditsRejected: 1, auditsPending: 1 });
  });

  it("keeps another society's staff out: the record is NOT_FOUND and the lists hold none of it", async () => {
    expect(errorOf(await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, otherSocietyStaff))?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(CpdRecordDocument, { registrationId: member.registrationId, year: 2025 }, otherMember.as))?.code).toBe('NOT_FOUND');
    const theirs = (await app.gql(CpdComplianceDocument, { year: 2025 }, otherSocietyStaff)).data!.cpdCompliance!;
    expect(theirs.map((r) => r.societyCode)).toEqual(['CES']);
    expect(errorOf(await app.gql(CpdAuditDrawDocument, { year: 2025 }, member.as))?.code).toBe('FORBIDDEN');
    expect((await app.gql(CpdAuditDrawDocument, { year: 2025 }, otherSocietyStaff)).data!.cpdAuditDraw).toBeNull();
  });
});

describe('cpdCompliance(em, registrationId, period), for the re-registration conditions', () => {
  it('answers every year of the period with the hours, the prorated requirement and the audits', async () => {
    const em = app.orm.em.fork();
    await em.begin();
    try {
      await applyRlsSettings(em, { accountId: federationAccountId, societyIds: [], federation: true });
      const result = (await cpdCompliance(em, member.registrationId, { from: VALID_FROM, to: '2026-12-31' }))!;
      expect(result.years.map((y) => [y.year, y.hours])).toEqual([[2024, 0], [2025, 54], [2026, 16]]);
      expect(result.years.map((y) => y.requiredHours)).toEqual([Math.ceil(40 * 306 / 366), 40, 40]);
      expect(result.met).toBe(false);
      expect(await cpdCompliance(em, '00000000-0000-4000-8000-000000000000', { from: VALID_FROM, to: '2026-12-31' })).toBeUndefined();
    } finally {
      await em.rollback();
    }
  });
});
