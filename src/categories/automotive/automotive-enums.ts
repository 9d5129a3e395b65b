import { registerEnumType } from 'type-graphql';

/** Vocational skill levels that open engineer grades to high-skill talents (seed 003 §7.2). */
export enum SkillLevel {
  /** 高级工（三级） */
  SENIOR_WORKER = 'SENIOR_WORKER',
  /** 技师（二级） */
  TECHNICIAN = 'TECHNICIAN',
  /** 高级技师（一级） */
  SENIOR_TECHNICIAN = 'SENIOR_TECHNICIAN',
}

/** The awards and titles of the exceptional routes (seed 003 §5.3 破格条件, §7.3 高技能人才破格). */
export enum ExceptionalGround {
  /** 国家科学技术奖，二等奖及以上 */
  NATIONAL_STI_AWARD = 'NATIONAL_STI_AWARD',
  /** 国际级设计大奖（iF、红点、G-Mark、IDEA 等），二等奖及以上 */
  INTERNATIONAL_DESIGN_AWARD = 'INTERNATIONAL_DESIGN_AWARD',
  /** 省、部级科学技术奖，一等奖及以上 */
  PROVINCIAL_STI_AWARD = 'PROVINCIAL_STI_AWARD',
  /** 市厅级科学技术奖，一等奖及以上 */
  MUNICIPAL_STI_AWARD = 'MUNICIPAL_STI_AWARD',
  /** 国家"杰出专业技术人才"、中科院"百人计划"、"新世纪百千万人才工程"、国务院政府特殊津贴、"千人计划"、"杰出青年科学基金"入选者 */
  NATIONAL_TALENT_PROGRAMME = 'NATIONAL_TALENT_PROGRAMME',
  /** 中华技能大奖、全国技术能手、国家级技能大师工作室带头人、省级以上政府特殊津贴高技能人才、省级认定"高精尖缺"高技能人才 */
  HIGH_SKILL_HONOUR = 'HIGH_SKILL_HONOUR',
}

/** Continuing learning in the last five years (seed 003 §5.4). */
export enum LearningKind {
  TRAINING = 'TRAINING',
  TEACHING = 'TEACHING',
}

/** A project's level (seed 003 §5.5.2; Appendix B: 国家级 / 省部级 / 市级、企业级或院校级). */
export enum ProjectLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  ENTERPRISE = 'ENTERPRISE',
}

/** The applicant's role in a project (seed 003 §5.5.2; Appendix B). */
export enum ProjectRole {
  /** 项目负责人、主持组织 */
  LEAD = 'LEAD',
  /** 子项目负责人 */
  SUB_LEAD = 'SUB_LEAD',
  /** 主要参与人 */
  MAIN_PARTICIPANT = 'MAIN_PARTICIPANT',
  /** 一般参与者 */
  PARTICIPANT = 'PARTICIPANT',
}

/** The kinds of research output of seed 003 §5.6 (a–g). */
export enum ResearchOutputKind {
  PATENT = 'PATENT',
  STANDARD = 'STANDARD',
  PROJECT_AWARD = 'PROJECT_AWARD',
  PAPER = 'PAPER',
  BOOK = 'BOOK',
  TECHNICAL_DOCUMENT = 'TECHNICAL_DOCUMENT',
  KEYNOTE_REPORT = 'KEYNOTE_REPORT',
}

/** How an intern meets the project requirement (seed 003 §5.5.1 a–c). */
export enum InternBasis {
  /** 所在专业已通过工程教育专业认证 */
  ACCREDITED_PROGRAMME = 'ACCREDITED_PROGRAMME',
  /** 教育部认可的汽车相关专业比赛二等奖及以上 */
  COMPETITION_PRIZE = 'COMPETITION_PRIZE',
  /** 其他符合见习工程师素质能力要求的在校学生（由评审认定） */
  OTHER_COMPETENCE = 'OTHER_COMPETENCE',
}

registerEnumType(SkillLevel, { name: 'AutomotiveSkillLevel', description: '高级工 SENIOR_WORKER, 技师 TECHNICIAN, 高级技师 SENIOR_TECHNICIAN (seed 003 §7.2)' });
registerEnumType(ExceptionalGround, { name: 'AutomotiveExceptionalGround', description: 'Awards and titles of the exceptional routes (seed 003 §5.3, §7.3)' });
registerEnumType(LearningKind, { name: 'AutomotiveLearningKind', description: 'Training attended or teaching given (seed 003 §5.4)' });
registerEnumType(ProjectLevel, { name: 'AutomotiveProjectLevel', description: 'NATIONAL, PROVINCIAL (省部级), ENTERPRISE (市级、企业级或院校级)' });
registerEnumType(ProjectRole, { name: 'AutomotiveProjectRole', description: 'LEAD, SUB_LEAD, MAIN_PARTICIPANT, PARTICIPANT (seed 003 §5.5.2)' });
registerEnumType(ResearchOutputKind, { name: 'AutomotiveResearchOutputKind', description: 'Research outputs of seed 003 §5.6 a–g' });
registerEnumType(InternBasis, { name: 'AutomotiveInternBasis', description: 'How an intern meets §5.5.1 (a, b or c)' });
