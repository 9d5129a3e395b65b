import type { CategoryPlugin } from '../category-plugin';
import { GENERAL_CATEGORY } from './category-code';
import { generalEligibility } from './eligibility';
import { GENERAL_FIELDS } from './general-fields';
import { GENERAL_LADDER_DEFINITION } from './ladder';
import { GENERAL_ROUTES } from './routes';

/** The general category: T/CAS 326's three grades and basic conditions, titles and qualifications as its own fields. */
export const generalPlugin: CategoryPlugin = {
  code: GENERAL_CATEGORY,
  fieldCodes: '*',
  ladder: GENERAL_LADDER_DEFINITION,
  routes: GENERAL_ROUTES,
  fields: GENERAL_FIELDS,
  // The general field set is optional: nothing in it blocks submission.
  dossierIssues: () => [],
  eligibility: generalEligibility,
  // Each grade's mark in the unified registration number (seed 000: 根据拟注册的工程会员级别给予统一的注册编号).
  registrationGradeMarks: { TRAINEE: 'T', PROFESSIONAL: 'P', SENIOR: 'S' },
  certificate: {
    titleZh: '工程会员证书',
    titleEn: 'Certificate of Engineering Membership',
    issuedByZh: '本证书由{society}签发，经{federation}确认注册。',
    issuedByEn: 'Issued by {society}; registration confirmed by {federation}.',
    validYears: 5,
  },
  nextStepsAfterRegistration: [],
};
