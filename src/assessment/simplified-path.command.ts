import type { Application } from '../entities';
import { AssessmentMethod } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { decide } from './guard-facts';
import { SIMPLIFIED_PATH_ACTION } from './assessment-record';

/** What staff send to take the simplified path. */
export interface SimplifiedPathInput {
  applicationId: string;
  expectedVersion: number;
  reason: string;
  skips: AssessmentMethod[];
}

/**
 * The simplified path (seed 000: "获授权学会可适当简化考核方式"): the society names the assessments it skips; they
 * stand in the history (its items) and are the only ones the comprehensive review excuses.
 */
export async function takeSimplifiedPathCommand(ctx: CommandContext, input: SimplifiedPathInput): Promise<Application> {
  const skips = [...new Set(input.skips)].filter((method) => Object.values(AssessmentMethod).includes(method));
  if (skips.length === 0) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.skips', params: { detail: 'name the assessments the simplified path skips', detailZh: '请列出简化程序免于的考核' } });
  }
  return decide(ctx, { applicationId: input.applicationId, decision: SIMPLIFIED_PATH_ACTION, expectedVersion: input.expectedVersion, reason: input.reason, items: skips });
}
