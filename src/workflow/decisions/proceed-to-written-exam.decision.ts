import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedToWrittenExam decision: staff consolidate the material review into the written exam. */
export const proceedToWrittenExamDecision: Decision = {
  to: ApplicationStage.WRITTEN_EXAM,
  reasonRequired: false,
};
