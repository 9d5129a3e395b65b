import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The passFormCheck decision: the form check finds the dossier complete. */
export const passFormCheckDecision: Decision = {
  to: ApplicationStage.FORM_CHECKED,
  reasonRequired: false,
};
