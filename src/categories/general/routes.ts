import { AssessmentMethod } from '../../entities/enums';
import type { GradeRoute, RouteAssessment } from '../category-plugin';

const assessment = (method: AssessmentMethod, required: boolean): RouteAssessment => ({ method, required, scoreSheets: [], decidesPass: false });

/**
 * Seed 000 "考核": methods vary by field and grade; "对专业和资深工程会员申请人的考核原则上应至少包括材料审查和面试". A TRAINEE
 * material review may recommend no further assessment, and TRAINEE registrations are the society's own; PROFESSIONAL
 * and SENIOR go to the federation's review after the public notice, and the secretariat registers them.
 */
const FEDERATION_ROUTE: GradeRoute = {
  assessments: [assessment(AssessmentMethod.MATERIAL_REVIEW, true), assessment(AssessmentMethod.WRITTEN_EXAM, false), assessment(AssessmentMethod.INTERVIEW, true)],
  materialsMayConclude: false,
  registeredBy: 'FEDERATION',
  lowerGradeSuggestible: true,
};

/** The general ladder's grade routes. */
export const GENERAL_ROUTES: Readonly<Record<string, GradeRoute>> = {
  TRAINEE: {
    assessments: [assessment(AssessmentMethod.MATERIAL_REVIEW, false), assessment(AssessmentMethod.WRITTEN_EXAM, false), assessment(AssessmentMethod.INTERVIEW, false)],
    materialsMayConclude: true,
    registeredBy: 'SOCIETY',
    // The lowest grade: there is no lower one to suggest.
    lowerGradeSuggestible: false,
  },
  PROFESSIONAL: FEDERATION_ROUTE,
  SENIOR: FEDERATION_ROUTE,
};
