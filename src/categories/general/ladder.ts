import type { LadderDefinition } from '../category-plugin';

/** Name of the ladder every field uses unless its category plug-in brings its own. */
export const GENERAL_LADDER = 'GENERAL';

const DEGREE_OR_SPECIAL_ASSESSMENT =
  '工程类或相关专业，且符合所申请工程技术领域专业规范要求。若申请人未获得大学本科及以上学历（学位），须通过特殊评估以证明具有相同程度的知识水平（具体由所申请工程技术领域专业规范规定）。';

/** The general member ladder (T/CAS 326, seed 000) with its basic conditions (seed 000 table; 002/004 repeat them). */
export const GENERAL_LADDER_DEFINITION: LadderDefinition = {
  code: GENERAL_LADDER,
  grades: [
    {
      code: 'TRAINEE',
      nameZh: '见习工程会员',
      nameEn: 'Trainee Engineering Member',
      rank: 1,
      educationRequirementZh: '大学本科及以上学历（学位），或所申请工程技术领域专业规范中认可的其他教育经历。',
      basicConditionsZh: '大学本科及以上学历（学位），或所申请工程技术领域专业规范中认可的其他教育经历；无工作年限要求。',
      basicConditions: { minRelevantWorkYears: 0, minMajorWorkYears: 0 },
    },
    {
      code: 'PROFESSIONAL',
      nameZh: '专业工程会员',
      nameEn: 'Professional Engineering Member',
      rank: 2,
      educationRequirementZh: DEGREE_OR_SPECIAL_ASSESSMENT,
      basicConditionsZh: `${DEGREE_OR_SPECIAL_ASSESSMENT}相关专业工作经历不少于5年，其中重要工程工作经历不少于2年。`,
      basicConditions: { minRelevantWorkYears: 5, minMajorWorkYears: 2 },
    },
    {
      code: 'SENIOR',
      nameZh: '资深工程会员',
      nameEn: 'Senior Engineering Member',
      rank: 3,
      educationRequirementZh: DEGREE_OR_SPECIAL_ASSESSMENT,
      basicConditionsZh: `${DEGREE_OR_SPECIAL_ASSESSMENT}相关专业工作经历不少于10年，其中重要工程工作经历不少于5年。`,
      basicConditions: { minRelevantWorkYears: 10, minMajorWorkYears: 5 },
    },
  ],
};
