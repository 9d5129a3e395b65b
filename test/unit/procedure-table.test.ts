import { ApplicationStage } from '../../src/entities/enums';
import { GUARDS } from '../../src/workflow/guards';
import { actionsFrom, COMMAND_GUARDS, STAGES, TRANSITIONS } from '../../src/workflow/procedure';

const stages = Object.keys(STAGES) as ApplicationStage[];

describe('the procedure table has no dead ends', () => {
  it.each(stages.filter((stage) => !STAGES[stage].terminal))('%s: some actor has a step out of it', (stage) => {
    expect(actionsFrom(stage).filter((transition) => transition.to !== stage).length).toBeGreaterThan(0);
  });

  it.each(stages.filter((stage) => STAGES[stage].terminal))('%s ends the procedure: no step leaves it', (stage) => {
    expect(actionsFrom(stage)).toEqual([]);
  });

  it('reaches every stage from DRAFT, and from every stage reached some end', () => {
    const reachable = new Set<ApplicationStage>([ApplicationStage.DRAFT]);
    for (let grown = true; grown;) {
      grown = false;
      for (const transition of TRANSITIONS) {
        if (transition.from.some((stage) => reachable.has(stage)) && !reachable.has(transition.to)) {
          reachable.add(transition.to);
          grown = true;
        }
      }
    }
    expect(stages.filter((stage) => !reachable.has(stage))).toEqual([]);
    const ending = new Set(stages.filter((stage) => STAGES[stage].terminal));
    for (let grown = true; grown;) {
      grown = false;
      for (const transition of TRANSITIONS) {
        for (const from of transition.from) {
          if (ending.has(transition.to) && !ending.has(from)) {
            ending.add(from);
            grown = true;
          }
        }
      }
    }
    expect(stages.filter((stage) => !ending.has(stage))).toEqual([]);
  });

  it('names only guards that exist, in the table and for the commands', () => {
    const named = [...TRANSITIONS.flatMap((transition) => transition.guards), ...Object.values(COMMAND_GUARDS).flat()];
    expect(named.filter((name) => !(name in GUARDS))).toEqual([]);
  });

  it('starts a new comprehensive-review round on every way back to a decided review', () => {
    const backToReview = TRANSITIONS.filter((t) => t.from.includes(ApplicationStage.COMPREHENSIVE_REVIEW) || t.to === ApplicationStage.COMPREHENSIVE_REVIEW)
      .filter((t) => t.from.some((stage) => [ApplicationStage.COMPREHENSIVE_REVIEW, ApplicationStage.PUBLIC_NOTICE, ApplicationStage.FEDERATION_REVIEW].includes(stage)))
      .filter((t) => !STAGES[t.to].terminal && t.to !== ApplicationStage.PUBLIC_NOTICE);
    expect(backToReview.map((t) => t.decision).sort()).toEqual(['reassessInterview', 'reassessMaterials', 'reassessWrittenExam', 'returnFromFederation', 'upholdObjectionRereview']);
    for (const transition of backToReview) expect(transition.effects).toContain('startNextComprehensiveReviewRound');
  });
});
