import type { ApplicationStage, AssignmentKind } from '../../entities/enums';
import type { GuardName } from '../guard-names';

/** Deadline bookkeeping a decision performs. */
export type DeadlineEffect =
  | { kind: 'stageDeadline'; workingDays: number | 'SOCIETY_CLARIFICATION_SETTING' }
  | { kind: 'evaluationDeadline'; months: number }
  | { kind: 'clearStageDeadline' };

/** What a decision records on the application besides its stage (see effects.ts). */
export type EffectName =
  | 'markSubmitted'
  | 'recordVerificationConsent'
  | 'markAccepted'
  | 'recordReturnRequest'
  | 'countClarificationReturn'
  | 'recordSupplementRequest'
  | 'startNextReviewRound'
  | 'startNextComprehensiveReviewRound';

/**
 * One decision of the procedure, after OJS's decision types: where it leads, what its input must carry, what it
 * records, which assignments it ends. Who may take it, from which stages and behind which guards is its outcome in
 * the row of the mutation that takes it (src/policies/application.actions.ts); the outcome's name is the kind of
 * history entry it writes. The runner (run-decision.ts) applies it.
 */
export interface Decision {
  /** The stage it leads to; none: the decision keeps the stage (it is not a transition). */
  to?: ApplicationStage;
  /**
   * Guards checked when the decision is taken, besides its row's. viewerCan does not ask them: a row's guards say
   * whether the step is open now, these whether this outcome may be chosen.
   */
  guards?: readonly GuardName[];
  /** The input must say why (returns, refusals): a reason or a list of items. */
  reasonRequired: boolean;
  effects?: readonly EffectName[];
  deadline?: DeadlineEffect;
  /** Standing assignments the decision ends, with the reason written on them. */
  ends?: ReadonlyArray<{ kinds: readonly AssignmentKind[]; reason: string }>;
}

/** Working days the applicant has to complete or clarify a returned dossier (seed 000: 10 个工作日). */
export const COMPLETION_WORKING_DAYS = 10;
/** Months the society has to finish the evaluation after acceptance (seed 000: 12 个月). */
export const EVALUATION_MONTHS = 12;
