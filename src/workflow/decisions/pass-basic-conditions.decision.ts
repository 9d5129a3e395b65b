import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The passBasicConditions decision: the applicant meets the basic conditions of the grade. */
export const passBasicConditionsDecision: Decision = {
  to: ApplicationStage.BASIC_CONDITIONS_MET,
  reasonRequired: false,
};
