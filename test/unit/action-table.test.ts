import { ApplicationStage } from '../../src/entities/enums';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { ALL_APPLICATION_ACTIONS, APPLICATION_ACTION_TABLE, applicationActionRule, OFFERED_APPLICATION_ACTIONS, PROCEDURE_ACTIONS } from '../../src/policies/application.actions';
import { allowApplicationAction } from '../../src/policies/application.policy';
import { HISTORY_ENTRY_PARTS } from '../../src/policies/history.policy';
import { MUTATION_ACCESS } from '../../src/policies/mutation-access';
import { SCOPE_ACTIONS, SCOPE_ACTION_TABLES } from '../../src/policies/platform.policy';
import { ACCESS_TABLE } from '../../src/policies/access-table';
import { SUBSCRIPTION_ACCESS, SUBSCRIPTION_ACTION_TABLE } from '../../src/policies/live.policy';
import { REGISTRATION_ACTIONS, type RegistrationAction } from '../../src/policies/registration.policy';
import type { ApplicationRelation } from '../../src/policies/relations';
import { STAGES } from '../../src/workflow/stages';

const RELATIONS: ApplicationRelation[] = [
  'APPLICANT', 'SOCIETY_STAFF', 'MATERIAL_REVIEWER', 'PAPER_JUDGE', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF', 'REVIEW_GROUP',
  'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'FEDERATION_ADMIN', 'QUALITY_SUPERVISION', 'RECOMMENDING_ENTERPRISE', 'PUBLIC',
];
const STAGE_NAMES = Object.keys(STAGES) as ApplicationStage[];

describe('the application action table', () => {
  // A permission change is one row of src/policies/application.actions.ts and one reviewed diff of this snapshot.
  it('grants, per relation and stage, exactly these actions (reviewed as a permission change)', () => {
    const matrix = Object.fromEntries(RELATIONS.map((relation) => [
      relation,
      Object.fromEntries(STAGE_NAMES.map((stage) => [stage, ALL_APPLICATION_ACTIONS.filter((action) => allowApplicationAction(new Set([relation]), action, stage)).join(' ')])),
    ]));
    expect(matrix).toMatchSnapshot();
  });

  it('gives the shield of every mutation from the tables, and leaves none merely authenticated that only some may call', () => {
    // Who may call each mutation before the object is known; reviewed with the access-table snapshot too.
    expect(MUTATION_ACCESS).toMatchSnapshot();
    const authenticated = Object.entries(MUTATION_ACCESS).filter(([, access]) => access === 'authenticated').map(([name]) => name).sort();
    // Each of these is open to any signed-in account by nature: an applicant's own dossier steps (any account may own
    // an application) and the invitee's answers.
    for (const name of authenticated) {
      const rows = ALL_APPLICATION_ACTIONS.filter((action) => applicationActionRule(action).mutations.includes(name));
      const applicantsOnly = rows.length > 0 && rows.every((action) => applicationActionRule(action).who.every((relation) => relation === 'APPLICANT'));
      // A scope row that says so: the invitee's answers, the signed-in person's own notifications and language.
      const ownByScopeRow = name in SCOPE_ACTIONS && (SCOPE_ACTIONS[name as keyof typeof SCOPE_ACTIONS].who as readonly string[]).includes('authenticated');
      // A member's own registration steps (any account may hold a registration).
      const membersOnly = name in REGISTRATION_ACTIONS && REGISTRATION_ACTIONS[name as RegistrationAction].who.every((relation) => relation === 'MEMBER');
      expect({ name, open: applicantsOnly || ownByScopeRow || membersOnly }).toEqual({ name, open: true });
    }
  });

  it('names only mutations the schema has, and the schema has no mutation the tables do not name', async () => {
    const schema = await buildApiSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    const named = new Set([...ALL_APPLICATION_ACTIONS.flatMap((action) => applicationActionRule(action).mutations), ...Object.keys(SCOPE_ACTIONS), ...Object.keys(REGISTRATION_ACTIONS).filter((action) => action !== 'downloadCertificate')]);
    const queries = new Set(Object.values(SCOPE_ACTION_TABLES).flatMap((table) => Object.entries(table).filter(([, rule]) => 'operation' in rule).map(([name]) => name)));
    expect([...named].filter((name) => !queries.has(name) && !mutations.includes(name))).toEqual([]);
    expect(mutations.filter((name) => !named.has(name))).toEqual([]);
    // viewerCan's enum is the offered rows, in the table's order.
    const values = (schema.getType('ApplicationAction') as unknown as { getValues(): Array<{ name: string }> }).getValues().map((value) => value.name);
    expect(values).toEqual([...OFFERED_APPLICATION_ACTIONS]);
  });

  it('gives every decision a history entry kind with its visibility (history.policy.ts)', () => {
    const kinds = PROCEDURE_ACTIONS.map((action) => applicationActionRule(action).decision?.eventAction ?? action);
    expect(kinds.filter((kind) => !(kind in HISTORY_ENTRY_PARTS))).toEqual([]);
  });

  it('stands the review group down with every decision that starts a new comprehensive-review round', () => {
    const starting = PROCEDURE_ACTIONS.filter((action) => applicationActionRule(action).decision?.effects?.includes('startNextComprehensiveReviewRound'));
    expect(starting.length).toBeGreaterThan(0);
    for (const action of starting) {
      expect({ action, ends: applicationActionRule(action).decision?.ends?.flatMap((end) => end.kinds) }).toEqual({ action, ends: expect.arrayContaining(['REVIEW_GROUP']) });
    }
  });

  it('denies what no row names: an unknown relation or a stage outside the row', () => {
    for (const action of ALL_APPLICATION_ACTIONS) {
      const rule = APPLICATION_ACTION_TABLE[action];
      expect(allowApplicationAction(new Set(), action, rule.stages[0])).toBe(false);
      for (const stage of STAGE_NAMES.filter((stage) => !rule.stages.includes(stage as never))) {
        expect(allowApplicationAction(new Set(RELATIONS), action, stage)).toBe(false);
      }
    }
  });
});

describe('the subscription table (src/policies/live.policy.ts)', () => {
  it('has a row for every Subscription root field of the schema, and none for a field it lacks', async () => {
    const schema = await buildApiSchema();
    const subscriptions = Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).sort();
    expect(subscriptions.length).toBeGreaterThan(0);
    expect(Object.keys(SUBSCRIPTION_ACTION_TABLE).sort()).toEqual(subscriptions);
  });

  it('is the shield rule of every Subscription root field, and opens none to anonymous visitors', () => {
    // Reviewed as a permission change, like the mutations' rules.
    expect(SUBSCRIPTION_ACCESS).toMatchSnapshot();
    expect(ACCESS_TABLE.Subscription).toEqual(SUBSCRIPTION_ACCESS);
    const open = Object.entries(SUBSCRIPTION_ACTION_TABLE).filter(([, rule]) => (rule.who as readonly string[]).includes('public')).map(([name]) => name);
    expect(open).toEqual([]);
  });
});
