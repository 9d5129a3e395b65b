import { generalEligibility } from '../../workflow/eligibility';
import { GENERAL_LADDER } from '../../db/reference/grades.data';
import type { CategoryPlugin } from '../category-plugin';
import { AssessmentMethod } from '../../entities/enums';
import { GeneralCategoryFields } from './general-fields.types';
import { GENERAL_CATEGORY } from './category-code';
import { GeneralCategoryFieldsResolver } from './general-fields.resolver';

/**
 * Seed 000 "考核": "对专业和资深工程会员申请人的考核原则上应至少包括材料审查和面试". The guide sets no minimum for
 * TRAINEE applicants (a material review may recommend no further assessment).
 */
const MINIMUM_ASSESSMENTS: Readonly<Record<string, readonly AssessmentMethod[]>> = {
  TRAINEE: [],
  PROFESSIONAL: [AssessmentMethod.MATERIAL_REVIEW, AssessmentMethod.INTERVIEW],
  SENIOR: [AssessmentMethod.MATERIAL_REVIEW, AssessmentMethod.INTERVIEW],
};

/** Each grade's mark in the unified registration number (seed 000: 根据拟注册的工程会员级别给予统一的注册编号). */
const REGISTRATION_GRADE_MARKS: Readonly<Record<string, string>> = { TRAINEE: 'T', PROFESSIONAL: 'P', SENIOR: 'S' };

/** The general category: T/CAS 326's three grades and basic conditions, titles and qualifications as its own fields. */
export const generalPlugin: CategoryPlugin = {
  code: GENERAL_CATEGORY,
  fieldCodes: '*',
  ladder: GENERAL_LADDER,
  resolvers: [GeneralCategoryFieldsResolver],
  objectType: GeneralCategoryFields,
  toObject: (stored) =>
    Object.assign(new GeneralCategoryFields(), {
      professionalTitle: typeof stored.professionalTitle === 'string' ? stored.professionalTitle : null,
      qualifications: Array.isArray(stored.qualifications) ? stored.qualifications.map(String) : [],
    }),
  // The general field set is optional: nothing in it blocks submission.
  dossierIssues: () => [],
  eligibility: generalEligibility,
  minimumAssessments: (gradeCode) => MINIMUM_ASSESSMENTS[gradeCode] ?? [],
  registrationGradeMark: (gradeCode) => REGISTRATION_GRADE_MARKS[gradeCode] ?? gradeCode,
};
