import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  AcceptApplicationDocument, AddSupplementDocument, AttachFileDocument, MarkSocietyMembershipDocument, PassBasicConditionsDocument, PassFormCheckDocument, ApplicationHistoryDocument, AssignMaterialReviewersDocument, AssignPaperJudgesDocument, CloseNoticeDocument,
  ComprehensiveReviewViewDocument, ConcludeComprehensiveReviewDocument, DecideAtFederationDocument, FormReviewGroupDocument, LodgeObjectionDocument,
  NoticeObjectionsDocument, PublishNoticeDocument, RecordInterviewDocument, RecordWrittenExamSittingDocument, RegisterMemberDocument,
  ResolveObjectionDocument, SaveInternationalTitleDocument, ScheduleInterviewDocument, ScorePaperDocument, SubmitApplicationDocument,
  SubmitMaterialReviewDocument, type ComprehensiveReviewConclusion, type MaterialReviewInput, type ObjectionStatus,
  type ProcedureStepInput,
} from '../generated/operations';
import { applicantOf, completeDossier, questionsForAllItems, SAMPLE_FILES, staffOf, upload } from './dossier';
import { examinerGrantId, examinerOf, loggedIn } from './factories';
import type { RequestOptions, TestApp } from './test-app';

/** Someone who takes steps: how to send requests as them, and their examiner grant when they are one. */
export interface Participant {
  label: string;
  as: RequestOptions;
  grantId?: string;
}

/** An application driven through the procedure, with the people who act on it so far. */
export interface Case {
  id: string;
  applicant: Participant;
  /** Everyone who has acted or been assigned, by role (examiners stay listed after they stand down). */
  examiners: Participant[];
}

/** Answers the data of a response, or throws with its errors (a journey step that fails is a failed test). */
export function must<T>(result: { data?: T | null; errors?: unknown }): T {
  if (result.errors || !result.data) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * Drives applications through the procedure, only through the API: every stage, assignment and decision is
 * reached by the mutation a frontend would send. Accounts and grants come from the factories.
 */
export class ProcedureDriver {
  private employer = 0;

  private constructor(readonly app: TestApp, readonly staff: Participant, readonly committee: Participant, readonly secretariat: Participant) {}

  /** A driver with the CSEE staff member and the federation's committee and secretariat. */
  static async create(app: TestApp): Promise<ProcedureDriver> {
    const staff = await staffOf(app, 'CSEE');
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    const secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
    return new ProcedureDriver(app, { label: 'staff', as: { token: staff.token, society: 'CSEE' } }, { label: 'committee', as: { token: committee.token } }, { label: 'secretariat', as: { token: secretariat.token } });
  }

  /** A fresh CSEE examiner of the electrical field with the AUTOMATION specialty and an employer of their own. */
  async examiner(grade: ExaminerGrade = ExaminerGrade.FORMAL, label = 'examiner'): Promise<Participant> {
    this.employer += 1;
    const account = await loggedIn(this.app, examinerOf('CSEE', 'ELECTRICAL', grade, `考官单位${this.employer}`, ['AUTOMATION']));
    return { label, as: { token: account.token, society: 'CSEE' }, grantId: await examinerGrantId(this.app, account.id) };
  }

  /** The application's current stage and version, as staff (or the federation) read them through the API. */
  async state(id: string, as: RequestOptions = this.staff.as): Promise<{ stage: string; version: number }> {
    const application = must(await this.app.gql(ComprehensiveReviewViewDocument, { id }, as)).application!;
    return { stage: application.stage!, version: application.version! };
  }

  /** Runs a procedure-step mutation at the current version. */
  async step<R, I extends ProcedureStepInput = ProcedureStepInput>(
    document: TypedDocumentNode<R, { input: I }>, id: string, as: RequestOptions = this.staff.as, extra: Partial<I> = {},
  ): Promise<R> {
    return must(await this.app.gql(document, { input: { applicationId: id, expectedVersion: (await this.state(id, as)).version, ...extra } as I }, as));
  }

  /** A complete dossier, optionally with an international title, submitted. */
  async submitted(gradeCode: 'TRAINEE' | 'PROFESSIONAL' | 'SENIOR' = 'PROFESSIONAL', options: { title?: boolean } = {}): Promise<Case> {
    const account = await applicantOf(this.app, 'CSEE');
    const applicant: Participant = { label: 'applicant', as: { token: account.token, society: 'CSEE' } };
    let { id, version } = await completeDossier(this.app, account, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode });
    if (options.title) {
      version = must(await this.app.gql(SaveInternationalTitleDocument, { applicationId: id, expectedVersion: version, title: { kind: 'APEC_ENGINEER', number: 'APEC-CN-0001' } }, applicant.as)).saveInternationalTitle!.version!;
      const proof = await upload(this.app, account.token, 'CSEE', SAMPLE_FILES.pdf, 'apec.pdf');
      version = must(await this.app.gql(AttachFileDocument, { input: { applicationId: id, expectedVersion: version, fileId: proof.json.id!, purpose: 'TITLE_PROOF' } }, applicant.as)).attachFile!.version!;
    }
    must(await this.app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, applicant.as));
    return { id, applicant, examiners: [] };
  }

  /** A submitted application taken through initial review to acceptance (membership marked on the way). */
  async accepted(gradeCode: 'TRAINEE' | 'PROFESSIONAL' | 'SENIOR' = 'PROFESSIONAL', options: { title?: boolean } = {}): Promise<Case> {
    const c = await this.submitted(gradeCode, options);
    await this.step(PassFormCheckDocument, c.id);
    await this.step(PassBasicConditionsDocument, c.id);
    must(await this.app.gql(MarkSocietyMembershipDocument, { applicationId: c.id, expectedVersion: (await this.state(c.id)).version, member: true }, this.staff.as));
    await this.step(AcceptApplicationDocument, c.id);
    return c;
  }

  /** Staff assign two fresh material reviewers (the first assignment starts the material review). */
  async assignReviewers(c: Case): Promise<Participant[]> {
    const reviewers = [await this.examiner(ExaminerGrade.FORMAL, 'reviewer'), await this.examiner(ExaminerGrade.TRAINEE, 'reviewer')];
    must(await this.app.gql(AssignMaterialReviewersDocument, { input: { applicationId: c.id, expectedVersion: (await this.state(c.id)).version, examinerIds: reviewers.map((r) => r.grantId!) } }, this.staff.as));
    c.examiners.push(...reviewers);
    return reviewers;
  }

  /** Each reviewer submits the same review. */
  async review(c: Case, reviewers: Participant[], review: Omit<MaterialReviewInput, 'applicationId'>): Promise<void> {
    for (const reviewer of reviewers) must(await this.app.gql(SubmitMaterialReviewDocument, { input: { applicationId: c.id, ...review } }, reviewer.as));
  }

  /** The applicant adds a supplement (what a supplement request asks for). */
  async addSupplement(c: Case): Promise<void> {
    must(await this.app.gql(AddSupplementDocument, { input: { applicationId: c.id, concerns: 'A3', content: '补充：项目验收报告及本人职责说明' } }, c.applicant.as));
  }

  /** Staff schedule a fresh two-person panel; its FORMAL chief records a complete interview. */
  async interview(c: Case): Promise<void> {
    const [chief, member] = [await this.examiner(ExaminerGrade.FORMAL, 'chief'), await this.examiner(ExaminerGrade.TRAINEE, 'panel')];
    must(await this.app.gql(ScheduleInterviewDocument, {
      input: {
        applicationId: c.id, expectedVersion: (await this.state(c.id)).version, examinerIds: [chief.grantId!, member.grantId!], chiefId: chief.grantId!,
        mode: 'ONSITE', scheduledAt: '2026-11-03T02:00:00.000Z', location: '学会会议室',
      },
    }, this.staff.as));
    c.examiners.push(chief, member);
    must(await this.app.gql(RecordInterviewDocument, {
      input: { applicationId: c.id, identityChecked: true, selfStatementMinutes: 8, questioningMinutes: 40, deliberationMinutes: 10, questions: questionsForAllItems(), conclusion: 'PASS', advice: '继续保持' },
    }, chief.as));
  }

  /** Staff assign two fresh judges and record a sitting; both judges mark its paper. */
  async writtenExam(c: Case): Promise<void> {
    const judges = [await this.examiner(ExaminerGrade.FORMAL, 'judge'), await this.examiner(ExaminerGrade.FORMAL, 'judge')];
    must(await this.app.gql(AssignPaperJudgesDocument, { input: { applicationId: c.id, expectedVersion: (await this.state(c.id)).version, examinerIds: judges.map((j) => j.grantId!) } }, this.staff.as));
    c.examiners.push(...judges);
    const sitting = must(await this.app.gql(RecordWrittenExamSittingDocument, { input: { applicationId: c.id, heldOn: '2026-11-20', venue: '北京考点', paper: '电气工程综合' } }, this.staff.as)).recordWrittenExamSitting!;
    for (const judge of judges) must(await this.app.gql(ScorePaperDocument, { input: { sittingId: sitting.id!, score: 80 } }, judge.as));
  }

  /** Staff form a review group of three fresh FORMAL examiners for the current round. */
  async formGroup(c: Case): Promise<Participant[]> {
    const group = [await this.examiner(ExaminerGrade.FORMAL, 'group'), await this.examiner(ExaminerGrade.FORMAL, 'group'), await this.examiner(ExaminerGrade.FORMAL, 'group')];
    must(await this.app.gql(FormReviewGroupDocument, { input: { applicationId: c.id, expectedVersion: (await this.state(c.id)).version, examinerIds: group.map((g) => g.grantId!) } }, this.staff.as));
    c.examiners.push(...group);
    return group;
  }

  /** A member of the group records the round's conclusion. */
  async decide(c: Case, member: Participant, conclusion: ComprehensiveReviewConclusion, extra: { reasons?: string; reassessStage?: 'MATERIAL_REVIEW' | 'WRITTEN_EXAM' | 'INTERVIEW' } = {}): Promise<void> {
    must(await this.app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: c.id, expectedVersion: (await this.state(c.id)).version, conclusion, ...extra } }, member.as));
  }

  /** Staff publish the applications in a notice of 5 working days from the given China date; answers the notice id. */
  async publish(ids: string[], startsOn: string): Promise<string> {
    const applications = [];
    for (const id of ids) applications.push({ applicationId: id, expectedVersion: (await this.state(id)).version });
    return must(await this.app.gql(PublishNoticeDocument, { input: { title: '公示', startsOn, workingDays: 5, applications } }, this.staff.as)).publishNotice!.id!;
  }

  /** Someone objects to a listed applicant; staff resolve the objection with the outcome given. */
  async objectAndResolve(noticeId: string, id: string, outcome: ObjectionStatus): Promise<void> {
    must(await this.app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: id, content: '该申请人的项目经历存疑' } }, { society: 'CSEE' }));
    const objection = must(await this.app.gql(NoticeObjectionsDocument, { noticeId }, this.staff.as)).noticeObjections!.find((o) => o.applicationId === id && o.status === 'OPEN')!;
    must(await this.app.gql(ResolveObjectionDocument, { input: { objectionId: objection.id!, outcome, resolution: '经核实的处理意见', expectedVersion: (await this.state(id)).version } }, this.staff.as));
  }

  /** Staff close a notice (after its last day). */
  async closeNotice(noticeId: string): Promise<void> {
    must(await this.app.gql(CloseNoticeDocument, { noticeId }, this.staff.as));
  }

  /** The federation committee approves or returns (with reasons). */
  async federation(id: string, decision: 'APPROVED' | 'RETURNED'): Promise<void> {
    const reasons = decision === 'RETURNED' ? '面试记录不完整，请学会重新审议' : undefined;
    must(await this.app.gql(DecideAtFederationDocument, { input: { applicationId: id, expectedVersion: (await this.state(id, this.committee.as)).version, decision, reasons } }, this.committee.as));
  }

  /** The registrar (the secretariat, or the society for TRAINEE) registers the member; answers the number. */
  async register(id: string, registrar: Participant): Promise<string> {
    return must(await this.app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: (await this.state(id, registrar.as)).version } }, registrar.as)).registerMember!.registrationNumber!;
  }

  /** The application's history, as staff read it. */
  async history(id: string) {
    return must(await this.app.gql(ApplicationHistoryDocument, { id }, this.staff.as)).application!.history!;
  }
}
