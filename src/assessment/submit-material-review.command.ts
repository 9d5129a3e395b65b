import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { loadGradeRoute } from '../categories/application-route';
import type { GradeRoute } from '../categories/category-plugin';
import { MaterialReview } from '../entities';
import { AssessmentMethod, AssignmentKind, MaterialReviewConclusion, NextAssessment } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { ownStandingAssignment } from './load-candidates';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import { guardInputFor } from './guard-facts';

/** One reviewer's conclusion (seed 000 "材料审查"). */
export interface MaterialReviewInput {
  applicationId: string;
  conclusion: MaterialReviewConclusion;
  supplementAreas?: string[] | null;
  supplementAllItems?: boolean | null;
  questions?: string | null;
  nextAssessment?: NextAssessment | null;
  probePoints?: string | null;
  reasons?: string | null;
  lowerGradeSuggestion?: string | null;
}

const AREAS = new Set(['A', 'B', 'C', 'D', 'E']);
/** The assessments each proposal leads to. */
const NEXT_METHODS: Record<NextAssessment, readonly AssessmentMethod[]> = {
  [NextAssessment.NONE]: [],
  [NextAssessment.WRITTEN_EXAM]: [AssessmentMethod.WRITTEN_EXAM],
  [NextAssessment.INTERVIEW]: [AssessmentMethod.INTERVIEW],
  [NextAssessment.BOTH]: [AssessmentMethod.WRITTEN_EXAM, AssessmentMethod.INTERVIEW],
};

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Checks that each conclusion carries what it needs, and nothing of the others. */
function checkedReview(input: MaterialReviewInput, route: GradeRoute) {
  switch (input.conclusion) {
    case MaterialReviewConclusion.SUPPLEMENT: {
      const areas = [...new Set((input.supplementAreas ?? []).map((area) => area.trim().toUpperCase()))];
      if (areas.some((area) => !AREAS.has(area))) throw bad('input.supplementAreas', 'areas are A, B, C, D or E', '能力领域须为 A–E');
      const questions = checkText(input.questions, 'input.questions', 5000);
      if (areas.length === 0 && !input.supplementAllItems && !questions) {
        throw bad('input.supplementAreas', 'say what to supplement: areas, all 17 items, or questions', '请说明须补充的内容：能力领域、全部17项或具体问题');
      }
      return { supplementAreas: areas, supplementAllItems: input.supplementAllItems ?? false, questions };
    }
    case MaterialReviewConclusion.RECOMMEND: {
      if (!input.nextAssessment) throw bad('input.nextAssessment', 'say which assessment should follow', '请选择后续考核方式');
      // The grade's route decides which assessments may follow (seed 000: "无需参加后续考核（仅适用于见习工程会员申请人）";
      // seed 003: materials alone for the automotive intern, assistant and engineer).
      const methods = NEXT_METHODS[input.nextAssessment];
      if (input.nextAssessment === NextAssessment.NONE && !route.materialsMayConclude) {
        throw bad('input.nextAssessment', 'the materials alone do not conclude the assessment of this grade', '该级别不适用"无需后续考核"');
      }
      const offered = new Set(route.assessments.map((step) => step.method));
      if (methods.some((method) => !offered.has(method))) {
        throw bad('input.nextAssessment', 'the assessment proposed is not part of this grade\'s evaluation', '该级别的评价方式不包括所建议的考核');
      }
      return { nextAssessment: input.nextAssessment, probePoints: checkText(input.probePoints, 'input.probePoints', 5000) };
    }
    case MaterialReviewConclusion.NOT_RECOMMEND:
      if (input.lowerGradeSuggestion?.trim() && !route.lowerGradeSuggestible) {
        throw bad('input.lowerGradeSuggestion', 'there is no lower grade to suggest', '该级别无可建议的更低级别');
      }
      return {
        reasons: checkText(input.reasons, 'input.reasons', 5000, true),
        lowerGradeSuggestion: checkText(input.lowerGradeSuggestion, 'input.lowerGradeSuggestion', 50),
      };
  }
}

/** A material reviewer submits their own, independent review of the current round (once). */
export async function submitMaterialReviewCommand(ctx: CommandContext, input: MaterialReviewInput): Promise<MaterialReview> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'submitMaterialReview');
  const { route } = await loadGradeRoute(ctx.em, application);
  const details = checkedReview(input, route);
  const assignment = await ownStandingAssignment(ctx, application, AssignmentKind.MATERIAL_REVIEW);
  const already = () => new AppError('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'Your review of this round', whatZh: '您本轮的审查意见' } });
  await enforceGuards(guardsOf('submitMaterialReview', application.stage), guardInputFor(ctx, application));
  const review = ctx.em.create(MaterialReview, {
    society: application.society, application, assignment, round: application.reviewRound, conclusion: input.conclusion, submittedAt: ctx.clock(), ...details,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    // Two submissions at once: the unique constraint decides.
    if (error instanceof UniqueConstraintViolationException) throw already();
    throw error;
  }
  return review;
}
