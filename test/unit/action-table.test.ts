import { ApplicationStage } from '../../src/entities/enums';
import { buildApiSchema } from '../../src/graphql/build-schema';
import {
  ALL_APPLICATION_ACTIONS, APPLICATION_ACTION_TABLE, APPLICATION_MUTATION_ACTIONS, APPLICATION_MUTATIONS, APPLICATION_READ_ACTIONS, applicationActionRule, DECISIONS,
  decisionStages, decisionWho, OFFERED_APPLICATION_ACTIONS, type ApplicationMutation,
} from '../../src/policies/application.actions';
import { allowApplicationAction, allowedDecisions } from '../../src/policies/application.policy';
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
      // A mutation that takes decisions shows those this relation may take in the stage: registerMember(registerTrainee).
      Object.fromEntries(STAGE_NAMES.map((stage) => [stage, ALL_APPLICATION_ACTIONS.filter((action) => allowApplicationAction(new Set([relation]), action, stage)).map((action) => {
        const decisions = allowedDecisions(new Set([relation]), action, stage);
        return decisions.length > 0 ? `${action}(${decisions.join('|')})` : action;
      }).join(' ')])),
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
      const applicantsOnly = name in APPLICATION_MUTATION_ACTIONS && applicationActionRule(name as ApplicationMutation).who.every((relation) => relation === 'APPLICANT');
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
    const named = new Set([...APPLICATION_MUTATIONS, ...Object.keys(SCOPE_ACTIONS), ...Object.keys(REGISTRATION_ACTIONS).filter((action) => action !== 'downloadCertificate')]);
    const queries = new Set(Object.values(SCOPE_ACTION_TABLES).flatMap((table) => Object.entries(table).filter(([, rule]) => 'operation' in rule).map(([name]) => name)));
    expect([...named].filter((name) => !queries.has(name) && !mutations.includes(name))).toEqual([]);
    expect(mutations.filter((name) => !named.has(name))).toEqual([]);
    // viewerCan's enum is the offered rows, in the table's order.
    const values = (schema.getType('ApplicationAction') as unknown as { getValues(): Array<{ name: string }> }).getValues().map((value) => value.name);
    expect(values).toEqual([...OFFERED_APPLICATION_ACTIONS]);
  });

  it('keys every row by its action: the reads by a name no mutation has, the rest by their mutation', async () => {
    const schema = await buildApiSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(Object.keys(APPLICATION_READ_ACTIONS).filter((name) => mutations.includes(name))).toEqual([]);
    expect(APPLICATION_MUTATIONS.filter((name) => !mutations.includes(name))).toEqual([]);
    // viewerCan, the enum and the table use one set of names: a read or a mutation, nothing else.
    expect(OFFERED_APPLICATION_ACTIONS.filter((action) => !(action in APPLICATION_READ_ACTIONS) && !mutations.includes(action))).toEqual([]);
  });

  it('keeps every decision within its row: its relations and stages are the row\'s or fewer, its name is unique', () => {
    for (const { name, mutation } of DECISIONS) {
      const row = applicationActionRule(mutation);
      expect({ name, who: decisionWho(name).filter((relation) => !row.who.includes(relation)) }).toEqual({ name, who: [] });
      expect({ name, stages: decisionStages(name).filter((stage) => !row.stages.includes(stage)) }).toEqual({ name, stages: [] });
    }
    expect(new Set(DECISIONS.map((entry) => entry.name)).size).toBe(DECISIONS.length);
    // Every relation and stage of a row with decisions is some decision's: the row names no one who can take none.
    for (const mutation of APPLICATION_MUTATIONS.filter((action) => applicationActionRule(action).decisions)) {
      const own = DECISIONS.filter((entry) => entry.mutation === mutation);
      const row = applicationActionRule(mutation);
      for (const relation of row.who) {
        for (const stage of row.stages) {
          if (mutation === 'assignMaterialReviewers') continue; // adding reviewers during the review keeps the stage: no decision
          expect({ mutation, relation, stage, some: own.some(({ name }) => decisionWho(name).includes(relation) && decisionStages(name).includes(stage)) })
            .toEqual({ mutation, relation, stage, some: true });
        }
      }
    }
  });

  it('gives every decision a history entry kind with its visibility (history.policy.ts)', () => {
    const kinds = DECISIONS.map((entry) => entry.name);
    expect(kinds.filter((kind) => !(kind in HISTORY_ENTRY_PARTS))).toEqual([]);
  });

  it('stands the review group down with every decision that starts a new comprehensive-review round', () => {
    const starting = DECISIONS.filter((entry) => entry.outcome.decision.effects?.includes('startNextComprehensiveReviewRound'));
    expect(starting.length).toBeGreaterThan(0);
    for (const { name, outcome } of starting) {
      expect({ name, ends: outcome.decision.ends?.flatMap((end) => end.kinds) }).toEqual({ name, ends: expect.arrayContaining(['REVIEW_GROUP']) });
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
