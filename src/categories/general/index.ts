import { generalEligibility } from '../../workflow/eligibility';
import { GENERAL_LADDER } from '../../db/reference/grades.data';
import type { CategoryPlugin } from '../category-plugin';
import { GeneralCategoryFields } from './general-fields.types';
import { GENERAL_CATEGORY } from './category-code';
import { GeneralCategoryFieldsResolver } from './general-fields.resolver';

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
};
