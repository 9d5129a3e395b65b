import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The publishInNotice decision: a decision to register is listed in a public notice (publishNotice batches them). */
export const publishInNoticeDecision: Decision = {
  to: ApplicationStage.PUBLIC_NOTICE,
  reasonRequired: false,
};
