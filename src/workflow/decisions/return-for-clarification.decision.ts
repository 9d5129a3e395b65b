import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The returnForClarification decision: the last full edit; the guide sets no period, so each society's setting applies (Society.clarificationWorkingDays). */
export const returnForClarificationDecision: Decision = {
  to: ApplicationStage.RETURNED_FOR_CLARIFICATION,
  reasonRequired: true,
  effects: ['recordReturnRequest', 'countClarificationReturn'],
  deadline: { kind: 'stageDeadline', workingDays: 'SOCIETY_CLARIFICATION_SETTING' },
};
