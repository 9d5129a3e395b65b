import { ApplicationStage } from '../../src/entities/enums';
import { forbiddenQueueArguments, QUEUE_ARGUMENT_PARTS } from '../../src/policies/queue-filters.policy';

const ALL = Object.values(ApplicationStage).filter((stage) => stage !== ApplicationStage.DRAFT);

describe('work-queue filters and sort orders follow the visibility matrix', () => {
  it.each([
    ['staff, every filter', 'SOCIETY_STAFF', Object.keys(QUEUE_ARGUMENT_PARTS), []],
    ['the committee, procedure and identity filters', 'FEDERATION_COMMITTEE', ['stages', 'overdue', 'gradeCode', 'orderBy'], []],
    ['a material reviewer, any filter on all stages', 'MATERIAL_REVIEWER', ['gradeCode'], []],
    ['a filter nobody declared', 'SOCIETY_STAFF', ['mobile'], ['mobile']],
    ['the public, even identity outside the notice', 'PUBLIC', ['gradeCode'], ['gradeCode']],
  ] as const)('%s', (_case, relation, used, forbidden) => {
    expect(forbiddenQueueArguments(relation, used, ALL)).toEqual(forbidden);
  });
});
