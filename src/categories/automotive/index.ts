import type { CategoryPlugin } from '../category-plugin';
import { AUTOMOTIVE_FIELDS } from './automotive-fields';
import { automotiveDossierIssues } from './dossier-issues';
import { automotiveEligibility } from './eligibility';
import { AUTOMOTIVE_GRADES as G, AUTOMOTIVE_LADDER_DEFINITION } from './ladder';
import { AUTOMOTIVE_ROUTES } from './routes';
import { AUTOMOTIVE_SCORE_SHEETS } from './score-sheets';

/** The automotive category (CSAE, seed 003 T/CSAE 汽车工程类工程能力评价规范): five grades, their rules, routes and fields. */
export const automotivePlugin: CategoryPlugin = {
  code: 'automotive',
  fieldCodes: ['AUTOMOTIVE'],
  ladder: AUTOMOTIVE_LADDER_DEFINITION,
  routes: AUTOMOTIVE_ROUTES,
  fields: AUTOMOTIVE_FIELDS,
  dossierIssues: automotiveDossierIssues,
  eligibility: automotiveEligibility,
  // Marks of their own, so the automotive certificates number apart from the general ladder's.
  registrationGradeMarks: { [G.INTERN]: 'AI', [G.ASSISTANT]: 'AA', [G.ENGINEER]: 'AE', [G.SENIOR]: 'AS', [G.PRINCIPAL]: 'AP' },
  // §8.4.1: the evaluation certificate (name, field, grade and number, approval date and validity, photo, seal), 5 years.
  certificate: {
    titleZh: '汽车工程师工程能力评价证书',
    titleEn: 'Automotive Engineer Capability Evaluation Certificate',
    issuedByZh: '本证书由{society}负责人签发（T/CSAE 汽车工程类工程能力评价规范 8.4）。',
    issuedByEn: 'Signed by the head of {society} (T/CSAE automotive capability evaluation, 8.4).',
    validYears: 5,
  },
  // §9: holders of the certificate may register voluntarily as engineer members; the federation numbers them.
  nextStepsAfterRegistration: [{
    code: 'FEDERATION_MEMBERSHIP',
    labelZh: '自愿注册成为授权学会的工程师会员：中国工程师联合体给予统一的工程师会员编号，颁发工程师会员证书（第9章）',
    labelEn: 'Register voluntarily as an engineer member of the society: the China Engineers Alliance assigns a unified member number and issues the member certificate (clause 9)',
    voluntary: true,
  }],
  // Appendix B (every scored grade) and C.1–C.5 (one per grade), transcribed in score-sheets/.
  scoreSheets: AUTOMOTIVE_SCORE_SHEETS,
};
