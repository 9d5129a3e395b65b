import { randomUUID } from 'node:crypto';
import { ApplicationStage, ExaminerGrade, GrantRole } from '../../src/entities/enums';
import type { ApplicationRelation } from '../../src/policies/relations';
import { ApplicationHistoryDocument, SubmitApplicationDocument } from '../generated/operations';
import { applicantOf, completeDossier } from '../helpers/dossier';
import { asOwner, createAccount, examinerOf, type GrantSpec } from '../helpers/factories';
import { HISTORY_ENTRY_PARTS } from '../../src/policies/history.policy';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * History entries are dossier parts too (issue 16): for each relation × kind of entry, whether the entry's
 * reason (with its items) and its actor's name come back — and, where not, that they appear nowhere in the answer.
 * The entries are written as the owner (this is a policy test: the commands that write them have their own).
 */

type Shown = 'reason+actor' | 'reason' | 'actor' | 'neither';

/** The entries under test: kind, stage it left, who took it, and the expected answer per relation. */
interface EntryCase {
  action: string;
  fromStage: ApplicationStage;
  actor: 'staff' | 'groupMember' | 'committee';
  expected: Record<Viewer, Shown>;
}

type Viewer = Extract<ApplicationRelation,
  'APPLICANT' | 'SOCIETY_STAFF' | 'MATERIAL_REVIEWER' | 'INTERVIEW_PANEL' | 'REVIEW_GROUP' | 'FEDERATION_COMMITTEE' | 'FEDERATION_SECRETARIAT' | 'FEDERATION_ADMIN' | 'QUALITY_SUPERVISION'>;

// The application stands in COMPREHENSIVE_REVIEW: the federation does not see the dossier's content yet.
const ENTRIES: EntryCase[] = [
  {
    // The society's return: told to the applicant (and to assessors reading the dossier), its author unnamed to them.
    action: 'returnForCompletion', fromStage: ApplicationStage.SUBMITTED, actor: 'staff',
    expected: {
      APPLICANT: 'reason', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'reason', INTERVIEW_PANEL: 'reason', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'actor', FEDERATION_SECRETARIAT: 'actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // The consolidated material review: the applicant sees the request, never which reviewer asked.
    action: 'requestSupplement', fromStage: ApplicationStage.MATERIAL_REVIEW, actor: 'staff',
    expected: {
      APPLICANT: 'reason', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'reason', INTERVIEW_PANEL: 'reason', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'actor', FEDERATION_SECRETARIAT: 'actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // A note on leaving the interview is the interview record: not the applicant, not the material reviewers.
    action: 'proceedToComprehensiveReview', fromStage: ApplicationStage.INTERVIEW, actor: 'staff',
    expected: {
      APPLICANT: 'neither', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'reason', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // The review group's conclusion: reasons to the applicant, the member who decided named to nobody outside.
    action: 'decideNotRegistered', fromStage: ApplicationStage.COMPREHENSIVE_REVIEW, actor: 'groupMember',
    expected: {
      APPLICANT: 'reason', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'neither', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    action: 'decideRegister', fromStage: ApplicationStage.COMPREHENSIVE_REVIEW, actor: 'groupMember',
    expected: {
      APPLICANT: 'reason', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'neither', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    action: 'returnFromFederation', fromStage: ApplicationStage.FEDERATION_REVIEW, actor: 'committee',
    expected: {
      APPLICANT: 'reason', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'neither', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // Who was assigned, and any note on it: only those who may know the assessors.
    action: 'assignMaterialReviewers', fromStage: ApplicationStage.ACCEPTED, actor: 'staff',
    expected: {
      APPLICANT: 'neither', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'neither', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // Verification of authenticity: what was doubted and the answer are the assessors' (and the federation's), never
    // the applicant's; who asked or recorded it only for those who may know the assessors.
    action: 'requestVerification', fromStage: ApplicationStage.COMPREHENSIVE_REVIEW, actor: 'staff',
    expected: {
      APPLICANT: 'neither', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'reason', INTERVIEW_PANEL: 'reason', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    action: 'recordVerificationResult', fromStage: ApplicationStage.COMPREHENSIVE_REVIEW, actor: 'staff',
    expected: {
      APPLICANT: 'neither', SOCIETY_STAFF: 'reason+actor', MATERIAL_REVIEWER: 'reason', INTERVIEW_PANEL: 'reason', REVIEW_GROUP: 'reason+actor',
      FEDERATION_COMMITTEE: 'reason+actor', FEDERATION_SECRETARIAT: 'reason+actor', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
  {
    // An entry kind the history table does not know: deny by default.
    action: 'somethingNew', fromStage: ApplicationStage.COMPREHENSIVE_REVIEW, actor: 'staff',
    expected: {
      APPLICANT: 'neither', SOCIETY_STAFF: 'neither', MATERIAL_REVIEWER: 'neither', INTERVIEW_PANEL: 'neither', REVIEW_GROUP: 'neither',
      FEDERATION_COMMITTEE: 'neither', FEDERATION_SECRETARIAT: 'neither', FEDERATION_ADMIN: 'neither', QUALITY_SUPERVISION: 'neither',
    },
  },
];

const ACTOR_NAMES = { staff: '学会职员甲', groupMember: '评审组成员乙', committee: '联合体委员丙' } as const;
const reasonOf = (action: string) => `理由·${action}`;
/** The name an entry is listed under: its kind, or `unrecognized` for a kind the history table does not know. */
const listedAs = (action: string) => (action in HISTORY_ENTRY_PARTS ? action : 'unrecognized');
const itemOf = (action: string) => `清单·${action}`;

let app: TestApp;
let applicationId: string;
const viewers = new Map<Viewer, { token: string; society?: string }>();
let applicantName: string;

async function assignedExaminer(kind: string, chief = false): Promise<{ token: string; society: string }> {
  const examiner = await createAccount(app, { grants: [examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, `单位${kind}`)] });
  await asOwner(app, (c) => c.query(
    `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
     select gen_random_uuid(), a.society_id, a.id, g.id, $3, $4, now() from application a, role_grant g where a.id = $1 and g.account_id = $2`,
    [applicationId, examiner.id, kind, chief],
  ));
  return { token: await examiner.login(), society: 'CSEE' };
}

async function federation(role: GrantRole): Promise<{ token: string }> {
  return { token: await (await createAccount(app, { grants: [{ role }] })).login() };
}

beforeAll(async () => {
  app = await startTestApp();
  const applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  applicationId = id;
  applicantName = await asOwner(app, async (c) => (await c.query('select display_name from account where id = $1', [applicant.id])).rows[0].display_name as string);

  const staff = await createAccount(app, { displayName: ACTOR_NAMES.staff, grants: [{ role: GrantRole.SOCIETY_STAFF, society: 'CSEE' } as GrantSpec] });
  const member = await createAccount(app, { displayName: ACTOR_NAMES.groupMember, grants: [examinerOf('CSEE', 'ELECTRICAL')] });
  const committee = await createAccount(app, { displayName: ACTOR_NAMES.committee, grants: [{ role: GrantRole.FEDERATION_COMMITTEE }] });
  const actorIds = { staff: staff.id, groupMember: member.id, committee: committee.id };
  await asOwner(app, async (c) => {
    for (const entry of ENTRIES) {
      await c.query(
        `insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, reason, details, at)
         select $1, society_id, id, $3, $4, $5, $5, $6, $7, now() from application where id = $2`,
        [randomUUID(), applicationId, actorIds[entry.actor], entry.action, entry.fromStage, reasonOf(entry.action), JSON.stringify({ items: [itemOf(entry.action)] })],
      );
    }
    await c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1`, [applicationId]);
  });

  viewers.set('APPLICANT', { token: applicant.token, society: 'CSEE' });
  viewers.set('SOCIETY_STAFF', { token: await staff.login(), society: 'CSEE' });
  viewers.set('MATERIAL_REVIEWER', await assignedExaminer('MATERIAL_REVIEW'));
  viewers.set('INTERVIEW_PANEL', await assignedExaminer('INTERVIEW'));
  viewers.set('REVIEW_GROUP', await assignedExaminer('REVIEW_GROUP'));
  viewers.set('FEDERATION_COMMITTEE', await federation(GrantRole.FEDERATION_COMMITTEE));
  viewers.set('FEDERATION_SECRETARIAT', await federation(GrantRole.FEDERATION_SECRETARIAT));
  viewers.set('FEDERATION_ADMIN', await federation(GrantRole.FEDERATION_ADMIN));
  viewers.set('QUALITY_SUPERVISION', await federation(GrantRole.QUALITY_SUPERVISION));
});
afterAll(() => app.close());

async function historyAs(viewer: Viewer) {
  const result = await app.gql(ApplicationHistoryDocument, { id: applicationId }, viewers.get(viewer)!);
  return { result, text: JSON.stringify(result) };
}

const cases = ENTRIES.flatMap((entry) => (Object.keys(entry.expected) as Viewer[]).map((viewer) => [entry.action, viewer, entry.expected[viewer], entry] as const));

describe('application history follows the visibility matrix', () => {
  it.each(cases)('%s as %s: %s', async (_action, viewer, shown, entry) => {
    const { result, text } = await historyAs(viewer);
    // Withheld quietly, like the interview advice: reading one's history is no error.
    expect(result.errors).toBeUndefined();
    const event = result.data!.application!.history!.find((candidate) => candidate.action === listedAs(entry.action))!;
    expect(event).toMatchObject({ action: listedAs(entry.action), fromStage: entry.fromStage });
    const reason = shown === 'reason' || shown === 'reason+actor';
    const actor = shown === 'actor' || shown === 'reason+actor';
    expect(event.reason).toBe(reason ? reasonOf(entry.action) : null);
    expect(event.items).toEqual(reason ? [itemOf(entry.action)] : null);
    expect(event.actorName).toBe(actor ? ACTOR_NAMES[entry.actor] : null);
    // No leak elsewhere in the answer either.
    if (!reason) expect(text).not.toContain(reasonOf(entry.action));
    if (!actor && !ENTRIES.some((other) => other.actor === entry.actor && other.expected[viewer].includes('actor'))) {
      expect(text).not.toContain(ACTOR_NAMES[entry.actor]);
    }
  });

  it('lists every step to every viewer, also steps by people whose accounts the viewer may not read', async () => {
    for (const viewer of viewers.keys()) {
      const actions = (await historyAs(viewer)).result.data!.application!.history!.map((event) => event.action);
      expect([viewer, actions]).toEqual([viewer, ['start', 'submit', ...ENTRIES.map((entry) => listedAs(entry.action))]]);
    }
  });

  it("names the applicant on their own steps to everyone who sees who applied", async () => {
    for (const viewer of viewers.keys()) {
      const submit = (await historyAs(viewer)).result.data!.application!.history!.find((event) => event.action === 'submit');
      expect([viewer, submit?.actorName]).toEqual([viewer, applicantName]);
    }
  });

  it('shows the federation the content-related reasons while it reviews the application', async () => {
    await asOwner(app, (c) => c.query(`update application set stage = 'FEDERATION_REVIEW' where id = $1`, [applicationId]));
    try {
      for (const viewer of ['FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT'] as const) {
        const history = (await historyAs(viewer)).result.data!.application!.history!;
        expect(history.find((event) => event.action === 'returnForCompletion')).toMatchObject({ reason: reasonOf('returnForCompletion'), actorName: ACTOR_NAMES.staff });
      }
      const admin = (await historyAs('FEDERATION_ADMIN')).text;
      expect(admin).not.toContain(reasonOf('returnForCompletion'));
    } finally {
      await asOwner(app, (c) => c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1`, [applicationId]));
    }
  });
});
