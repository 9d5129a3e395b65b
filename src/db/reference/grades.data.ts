/** The general member ladder (T/CAS 326, seed 000) with its basic conditions (seed 000 table; 002/004 repeat them). */
export interface GradeSeed {
  ladder: string;
  code: string;
  nameZh: string;
  nameEn: string;
  rank: number;
  minRelevantWorkYears: number;
  minMajorWorkYears: number;
  educationRequirementZh: string;
}

/** Name of the ladder every field uses unless its category plug-in brings its own. */
export const GENERAL_LADDER = 'GENERAL';

export const GRADE_SEEDS: readonly GradeSeed[] = [
  {
    ladder: GENERAL_LADDER,
    code: 'TRAINEE',
    nameZh: '见习工程会员',
    nameEn: 'Trainee Engineering Member',
    rank: 1,
    minRelevantWorkYears: 0,
    minMajorWorkYears: 0,
    educationRequirementZh: '大学本科及以上学历（学位），或所申请工程技术领域专业规范中认可的其他教育经历。',
  },
  {
    ladder: GENERAL_LADDER,
    code: 'PROFESSIONAL',
    nameZh: '专业工程会员',
    nameEn: 'Professional Engineering Member',
    rank: 2,
    minRelevantWorkYears: 5,
    minMajorWorkYears: 2,
    educationRequirementZh: '工程类或相关专业，且符合所申请工程技术领域专业规范要求。若申请人未获得大学本科及以上学历（学位），须通过特殊评估以证明具有相同程度的知识水平（具体由所申请工程技术领域专业规范规定）。',
  },
  {
    ladder: GENERAL_LADDER,
    code: 'SENIOR',
    nameZh: '资深工程会员',
    nameEn: 'Senior Engineering Member',
    rank: 3,
    minRelevantWorkYears: 10,
    minMajorWorkYears: 5,
    educationRequirementZh: '工程类或相关专业，且符合所申请工程技术领域专业规范要求。若申请人未获得大学本科及以上学历（学位），须通过特殊评估以证明具有相同程度的知识水平（具体由所申请工程技术领域专业规范规定）。',
  },
];
