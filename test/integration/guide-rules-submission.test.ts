/**
 * Rule 7 of the applicant's guide (seed 000), enforced by the API: submitting is consenting to verification
 * (即同意…查询), recorded with its time; the self-statement's career plan for 1–3, 3–7 and 7–10 years; degree
 * evidence says whether it is the CHSI record or the overseas degree certification. Every refusal has its own
 * code and is shown to change nothing.
 */
import {
  ApplicationChecklistDocument, ApplicationDocument, AttachFileDocument, PassFormCheckDocument, ResubmitClarifiedApplicationDocument,
  ResubmitCompletedApplicationDocument, ReturnForClarificationDocument, ReturnForCompletionDocument, SaveCareerPlanDocument,
  SaveSelfStatementDocument, SubmitApplicationDocument,
} from '../generated/operations';
import { CAREER_PLAN, SAMPLE_FILES, STATEMENT, applicantOf, completeDossier, staffOf, upload } from '../helpers/dossier';
import { asOwner, countRows, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SOCIETY = 'CSEE';

/** What a refused command must leave as it was: the application row, its history and its files. */
const snapshot = (id: string) => asOwner(app, async (c) => ({
  application: (await c.query(
    `select stage, version, submitted_at, verification_consent_at, self_statement, career_plan_short_term, career_plan_mid_term, career_plan_long_term
       from application where id = $1`, [id],
  )).rows[0],
  events: (await c.query('select action from application_event where application_id = $1 order by at', [id])).rows,
  files: (await c.query('select id, purpose, degree_evidence_kind from stored_file where application_id = $1 order by id', [id])).rows,
}));

async function applicantWithDossier() {
  const applicant = await applicantOf(app, SOCIETY);
  const { id, version } = await completeDossier(app, applicant, SOCIETY);
  return { applicant, id, version, as: { token: applicant.token, society: SOCIETY } };
}

const versionOf = async (id: string) => (await asOwner(app, (c) => c.query('select version from application where id = $1', [id]))).rows[0].version as number;

describe('rule 7a: submitting records the applicant\'s consent to verification, with its time', () => {
  it('refuses a submission without consent (VERIFICATION_CONSENT_REQUIRED, zh and en) and changes nothing', async () => {
    const { id, version, as } = await applicantWithDossier();
    const before = await snapshot(id);
    const refused = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: false } }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'VERIFICATION_CONSENT_REQUIRED', field: 'consentToVerification' });
    expect(refused.errors![0].message).toContain('即同意');
    const inEnglish = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: false } }, { ...as, language: 'en' });
    expect(inEnglish.errors![0].message).toContain('consent');
    expect(await snapshot(id)).toEqual(before);
    expect(before.application.verification_consent_at).toBeNull();
  });

  it('a submission without the flag at all is not even a valid request', async () => {
    const { id, version, as } = await applicantWithDossier();
    const before = await snapshot(id);
    const refused = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version } as never }, as);
    expect(refused.errors).toBeDefined();
    expect(await snapshot(id)).toEqual(before);
  });

  it('records the time of consent on submission, shows it to the applicant and staff, and records it anew on each resubmission', async () => {
    const { id, version, as } = await applicantWithDossier();
    const staff = { token: (await staffOf(app, SOCIETY)).token, society: SOCIETY };
    const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, as);
    expect(submitted.errors).toBeUndefined();
    const firstConsent = submitted.data!.submitApplication!.verificationConsentAt as string;
    expect(new Date(firstConsent).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await app.gql(ApplicationDocument, { id }, staff)).data!.application!.verificationConsentAt).toBe(firstConsent);
    expect((await app.gql(ApplicationDocument, { id }, as)).data!.application!.verificationConsentAt).toBe(firstConsent);

    // Returned for completion: the resubmission needs consent again, and records it.
    await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), items: ['照片'] } }, staff);
    const beforeResubmit = await snapshot(id);
    const refused = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: false } }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'VERIFICATION_CONSENT_REQUIRED', field: 'consentToVerification' });
    expect(await snapshot(id)).toEqual(beforeResubmit);
    const resubmitted = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: true } }, as);
    expect(resubmitted.errors).toBeUndefined();
    const secondConsent = resubmitted.data!.resubmitCompletedApplication!.verificationConsentAt as string;
    expect(new Date(secondConsent).getTime()).toBeGreaterThan(new Date(firstConsent).getTime());

    // Returned for clarification: the same.
    await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, staff);
    await app.gql(ReturnForClarificationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), reason: '请说明工作年限' } }, staff);
    const beforeClarified = await snapshot(id);
    const refusedAgain = await app.gql(ResubmitClarifiedApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: false } }, as);
    expect(errorOf(refusedAgain)).toMatchObject({ code: 'VERIFICATION_CONSENT_REQUIRED' });
    expect(await snapshot(id)).toEqual(beforeClarified);
    const clarified = await app.gql(ResubmitClarifiedApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: true } }, as);
    expect(clarified.errors).toBeUndefined();
    expect(new Date(clarified.data!.resubmitClarifiedApplication!.verificationConsentAt as string).getTime()).toBeGreaterThan(new Date(secondConsent).getTime());
  });

  it('still offers the submission (viewerCan) before the applicant has ticked the consent', async () => {
    const { id, as } = await applicantWithDossier();
    expect((await app.gql(ApplicationDocument, { id }, as)).data!.application!.viewerCan).toContain('submitApplication');
  });
});

describe('rule 7b: the self-statement\'s career plan for 1–3, 3–7 and 7–10 years', () => {
  it('saves the three horizons apart from the text, shows them with the self-statement, and keeps each when the other is saved', async () => {
    const applicant = await applicantOf(app, SOCIETY);
    const { id } = await completeDossier(app, applicant, SOCIETY);
    const as = { token: applicant.token, society: SOCIETY };
    const shown = (await app.gql(ApplicationDocument, { id }, as)).data!.application!.selfStatement!;
    expect(shown).toMatchObject({ ...CAREER_PLAN, text: STATEMENT });
    // Saving the text keeps the plan; saving a partial plan (a draft) keeps the text and what was given.
    await app.gql(SaveSelfStatementDocument, { applicationId: id, expectedVersion: await versionOf(id), text: `${STATEMENT}补充。` }, as);
    const draft = await app.gql(SaveCareerPlanDocument, { applicationId: id, expectedVersion: await versionOf(id), input: { careerPlanShortTerm: '  近期：考取注册电气工程师。 ' } }, as);
    expect(draft.data!.saveCareerPlan!.selfStatement).toEqual({ careerPlanShortTerm: '近期：考取注册电气工程师。', careerPlanMidTerm: null, careerPlanLongTerm: null });
    expect((await snapshot(id)).application.self_statement).toBe(`${STATEMENT}补充。`);
  });

  it('names each missing horizon as a blocking item of the checklist, and refuses submission until all three are written', async () => {
    const applicant = await applicantOf(app, SOCIETY);
    const { id } = await completeDossier(app, applicant, SOCIETY);
    const as = { token: applicant.token, society: SOCIETY };
    await app.gql(SaveCareerPlanDocument, { applicationId: id, expectedVersion: await versionOf(id), input: { careerPlanMidTerm: CAREER_PLAN.careerPlanMidTerm } }, as);
    const checklist = (await app.gql(ApplicationChecklistDocument, { id }, as)).data!.application!.validation!;
    expect(checklist.ready).toBe(false);
    expect(checklist.issues!.map((issue) => `${issue!.severity}:${issue!.code}:${issue!.field}`)).toEqual([
      'BLOCKING:CAREER_PLAN_REQUIRED:selfStatement.careerPlanShortTerm', 'BLOCKING:CAREER_PLAN_REQUIRED:selfStatement.careerPlanLongTerm',
    ]);
    expect(checklist.issues![0]!.messageZh).toContain('短期（1–3 年）');
    const before = await snapshot(id);
    const refused = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: true } }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'APPLICATION_INCOMPLETE' });
    expect((errorOf(refused)!.issues as Array<{ code: string }>).map((issue) => issue.code)).toEqual(['CAREER_PLAN_REQUIRED', 'CAREER_PLAN_REQUIRED']);
    expect(await snapshot(id)).toEqual(before);
  });

  it.each([
    ['careerPlanShortTerm'], ['careerPlanMidTerm'], ['careerPlanLongTerm'],
  ])('refuses a %s over 2000 characters (BAD_USER_INPUT) and changes nothing', async (field) => {
    const applicant = await applicantOf(app, SOCIETY);
    const { id } = await completeDossier(app, applicant, SOCIETY);
    const before = await snapshot(id);
    const refused = await app.gql(SaveCareerPlanDocument, {
      applicationId: id, expectedVersion: await versionOf(id), input: { ...CAREER_PLAN, [field]: '规'.repeat(2001) },
    }, { token: applicant.token, society: SOCIETY });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    expect(await snapshot(id)).toEqual(before);
  });

  it('lets nobody but the applicant save the plan, and not after submission', async () => {
    const applicant = await applicantOf(app, SOCIETY);
    const { id, version } = await completeDossier(app, applicant, SOCIETY);
    const as = { token: applicant.token, society: SOCIETY };
    const stranger = await applicantOf(app, SOCIETY);
    const before = await snapshot(id);
    const foreign = await app.gql(SaveCareerPlanDocument, { applicationId: id, expectedVersion: version, input: { careerPlanShortTerm: '别人的规划' } }, { token: stranger.token, society: SOCIETY });
    expect(foreign.errors).toBeDefined();
    expect(await snapshot(id)).toEqual(before);
    await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, as);
    const submitted = await snapshot(id);
    const frozen = await app.gql(SaveCareerPlanDocument, { applicationId: id, expectedVersion: await versionOf(id), input: { careerPlanShortTerm: '提交后修改' } }, as);
    expect(frozen.errors).toBeDefined();
    expect(await snapshot(id)).toEqual(submitted);
  });
});

describe('rule 7c: degree evidence says whether it is the CHSI record or the overseas degree certification', () => {
  /** A complete dossier whose degree evidence is swapped for one file of the given kind (or none). */
  async function withDegreeEvidence(kind: 'CHSI_RECORD' | 'OVERSEAS_DEGREE_CERTIFICATION' | null) {
    const { id, as, applicant } = await applicantWithDossier();
    await asOwner(app, (c) => c.query(`update stored_file set application_id = null, purpose = null, degree_evidence_kind = null, attached_at = null where application_id = $1 and purpose = 'DEGREE_EVIDENCE'`, [id]));
    const stored = await upload(app, applicant.token, SOCIETY, SAMPLE_FILES.pdf, 'degree.pdf');
    const attached = await app.gql(AttachFileDocument, {
      input: { applicationId: id, expectedVersion: await versionOf(id), fileId: stored.json.id!, purpose: 'DEGREE_EVIDENCE', degreeEvidenceKind: kind },
    }, as);
    expect(attached.errors).toBeUndefined();
    return { id, as, fileId: stored.json.id!, applicant };
  }

  it.each([['CHSI_RECORD' as const], ['OVERSEAS_DEGREE_CERTIFICATION' as const]])('records %s with the file and shows it with the file to the applicant and staff', async (kind) => {
    const { id, as, fileId } = await withDegreeEvidence(kind);
    expect((await app.gql(ApplicationChecklistDocument, { id }, as)).data!.application!.validation).toEqual({ ready: true, issues: [] });
    // Staff see a dossier once it is submitted.
    const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: true } }, as);
    expect(submitted.errors).toBeUndefined();
    const staff = { token: (await staffOf(app, SOCIETY)).token, society: SOCIETY };
    for (const viewer of [as, staff]) {
      const files = (await app.gql(ApplicationDocument, { id }, viewer)).data!.application!.files!;
      expect(files.find((file) => file.id === fileId)).toMatchObject({ purpose: 'DEGREE_EVIDENCE', degreeEvidenceKind: kind });
    }
  });

  it('names degree evidence without a verification as a blocking item, and refuses submission', async () => {
    const { id, as } = await withDegreeEvidence(null);
    const checklist = (await app.gql(ApplicationChecklistDocument, { id }, as)).data!.application!.validation!;
    expect(checklist.issues!.map((issue) => `${issue!.severity}:${issue!.code}:${issue!.field}`)).toEqual(['BLOCKING:DEGREE_VERIFICATION_REQUIRED:files.DEGREE_EVIDENCE']);
    expect(checklist.issues![0]!.messageZh).toContain('学信网');
    const before = await snapshot(id);
    const refused = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), consentToVerification: true } }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'APPLICATION_INCOMPLETE' });
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a verification kind on a file that is not degree evidence (DEGREE_EVIDENCE_KIND_NOT_APPLICABLE) and changes nothing', async () => {
    const { id, as, applicant } = await applicantWithDossier();
    const stored = await upload(app, applicant.token, SOCIETY, SAMPLE_FILES.pdf, 'evidence.pdf');
    const before = await snapshot(id);
    const refused = await app.gql(AttachFileDocument, {
      input: { applicationId: id, expectedVersion: await versionOf(id), fileId: stored.json.id!, purpose: 'EVIDENCE', degreeEvidenceKind: 'CHSI_RECORD' },
    }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'DEGREE_EVIDENCE_KIND_NOT_APPLICABLE', field: 'input.degreeEvidenceKind' });
    expect(await snapshot(id)).toEqual(before);
    expect(await countRows(app, 'stored_file', 'id = $1 and application_id is null and degree_evidence_kind is null', [stored.json.id!])).toBe(1);
  });
});
