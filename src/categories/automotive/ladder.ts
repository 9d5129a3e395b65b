import { EducationLevel } from '../../entities/enums';
import type { LadderDefinition } from '../category-plugin';

/** The automotive ladder's code (Grade.ladder). */
export const AUTOMOTIVE_LADDER = 'AUTOMOTIVE';

/** The five grades' codes (seed 003 §4.3). */
export const AUTOMOTIVE_GRADES = { INTERN: 'INTERN', ASSISTANT: 'ASSISTANT', ENGINEER: 'ENGINEER', SENIOR: 'SENIOR', PRINCIPAL: 'PRINCIPAL' } as const;
const G = AUTOMOTIVE_GRADES;
const E = EducationLevel;

/**
 * Seed 003 §5.2 (学历资历要求) as data: for each grade, the years in the applied field each education level needs.
 * A level not listed cannot reach the grade by the matrix; a higher level counts under the nearest listed level
 * below it ("具备…学历": at least that education).
 */
export const AUTOMOTIVE_LADDER_DEFINITION: LadderDefinition = {
  code: AUTOMOTIVE_LADDER,
  grades: [
    {
      code: G.INTERN,
      nameZh: '见习工程师',
      nameEn: 'Intern Automotive Engineer',
      rank: 1,
      educationRequirementZh: '具备大学专科、中等职业学校毕业学历；或本科三年级及以上在读学生。',
      basicConditionsZh: '5.2.1 见习工程师，满足以下条件之一：a) 具备大学专科、中等职业学校毕业学历。b) 本科三年级及以上在读学生。',
      basicConditions: { minYearsInFieldByEducation: { [E.VOCATIONAL]: 0, [E.COLLEGE]: 0 } },
    },
    {
      code: G.ASSISTANT,
      nameZh: '助理工程师',
      nameEn: 'Assistant Automotive Engineer',
      rank: 2,
      educationRequirementZh: '中等职业学校毕业、大学专科、本科或硕士研究生学历（学位）。',
      basicConditionsZh: '5.2.2 助理工程师，满足以下条件之一：a) 具备中等职业学校毕业学历，在所申请专业领域累计工作满5年。b) 具备大学专科学历，在所申请专业领域累计工作满3年。c) 本科学历（毕业证书），在所申请专业领域累计工作满1年。d) 硕士研究生学历或硕士学位，在所申请专业领域工作。',
      basicConditions: { minYearsInFieldByEducation: { [E.VOCATIONAL]: 5, [E.COLLEGE]: 3, [E.BACHELOR]: 1, [E.MASTER]: 0 } },
    },
    {
      code: G.ENGINEER,
      nameZh: '工程师',
      nameEn: 'Automotive Engineer',
      rank: 3,
      educationRequirementZh: '中等职业学校毕业、大学专科、本科、硕士或博士研究生学历（学位）。',
      basicConditionsZh: '5.2.3 工程师，满足以下条件之一：a) 具备中等职业学校毕业学历，在所申请专业领域累计工作满15年。b) 具备大学专科学历，在所申请专业领域累计工作满8年。c) 本科学历（毕业证书），在所申请专业领域累计工作满5年。d) 硕士研究生学历或硕士学位，在所申请专业领域累计工作满2年。e) 博士研究生学历或博士学位，在所申请专业领域工作。',
      basicConditions: { minYearsInFieldByEducation: { [E.VOCATIONAL]: 15, [E.COLLEGE]: 8, [E.BACHELOR]: 5, [E.MASTER]: 2, [E.DOCTOR]: 0 } },
    },
    {
      code: G.SENIOR,
      nameZh: '高级工程师',
      nameEn: 'Senior Automotive Engineer',
      rank: 4,
      educationRequirementZh: '大学专科、本科、硕士或博士研究生学历（学位）；或符合5.3、7.3的破格条件。',
      basicConditionsZh: '5.2.4 高级工程师，满足以下条件之一：a) 具备大学专科学历，在所申请专业领域累计工作满12年。b) 本科学历（毕业证书），在所申请专业领域累计工作满9年。c) 硕士研究生学历或硕士学位，在所申请专业领域累计工作满6年。d) 博士研究生学历或博士学位，在所申请专业领域累计工作满1年。（5.3.1、7.3 破格条件不受学历资历限制。）',
      basicConditions: { minYearsInFieldByEducation: { [E.COLLEGE]: 12, [E.BACHELOR]: 9, [E.MASTER]: 6, [E.DOCTOR]: 1 } },
    },
    {
      code: G.PRINCIPAL,
      nameZh: '资深工程师',
      nameEn: 'Principal Automotive Engineer',
      rank: 5,
      educationRequirementZh: '本科、硕士或博士研究生学历（学位）；或符合5.3.2的破格条件。',
      basicConditionsZh: '5.2.5 资深工程师，满足以下条件之一：a) 本科学历（毕业证书），在所申请专业领域累计工作满14年。b) 硕士研究生学历或硕士学位，在所申请专业领域累计工作满11年。c) 博士研究生学历或博士学位，在所申请专业领域累计工作满6年。（5.3.2 破格条件不受学历资历限制。）',
      basicConditions: { minYearsInFieldByEducation: { [E.BACHELOR]: 14, [E.MASTER]: 11, [E.DOCTOR]: 6 } },
    },
  ],
};
