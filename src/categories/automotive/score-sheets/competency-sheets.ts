import type { ScoreSectionDefinition, ScoreSheetDefinition } from '../../../assessment/scoring/score-sheet';

/*
 * Seed 003, 附录C《汽车工程师素质能力评分表》, tables C.1–C.5 (100 points each: five abilities of 20). The seed gives each
 * requirement its maximum ("最高分") and no step: the expert gives 0 up to the maximum, in half points (the finest
 * step Appendix B uses). Every requirement is an expert judgement, so each must be scored.
 */

/** One requirement: its text as in the seed, an English name, its maximum. */
type Requirement = [zh: string, en: string, max: number];

const ABILITIES = [
  { code: 'ETHICS', zh: '工程伦理与职业道德', en: 'Engineering ethics and professional conduct' },
  { code: 'KNOWLEDGE', zh: '工程知识与专业能力', en: 'Engineering knowledge and professional ability' },
  { code: 'TEAMWORK', zh: '团队合作与交流能力', en: 'Teamwork and communication' },
  { code: 'LEARNING', zh: '持续发展与终身学习', en: 'Continuing development and lifelong learning' },
  { code: 'LEADERSHIP', zh: '组织领导与项目管理能力', en: 'Leadership and project management' },
] as const;

/** A competency sheet from its five abilities' requirements (each ability 20 points). */
function competencySheet(table: string, gradeZh: string, gradeEn: string, abilities: readonly [Requirement[], Requirement[], Requirement[], Requirement[], Requirement[]]): ScoreSheetDefinition {
  const code = `AUTOMOTIVE_${table.replace('.', '')}`;
  const sections: ScoreSectionDefinition[] = ABILITIES.map((ability, index) => {
    const sectionCode = `${table}.${index + 1}`;
    return {
      code: sectionCode, name: { zh: ability.zh, en: ability.en }, cap: 20,
      groups: [{
        code: sectionCode, name: { zh: ability.zh, en: ability.en }, cap: 20,
        items: abilities[index].map(([zh, en, max], itemIndex) => ({
          code: `${sectionCode}.${itemIndex + 1}`, name: { zh, en }, required: true, rule: { kind: 'RANGE' as const, step: 0.5 as const, max },
        })),
      }],
    };
  });
  return {
    code, kind: 'COMPETENCY', name: { zh: `表 ${table} ${gradeZh}素质能力评分表`, en: `Table ${table}: competency score sheet, ${gradeEn}` },
    source: `T/CSAE 汽车工程类工程能力评价 附录C 表${table}`, maximum: 100, sections,
  };
}

/** Table C.1, 见习工程师 (intern). */
export const AUTOMOTIVE_COMPETENCY_SHEET_C1 = competencySheet('C.1', '见习工程师', 'intern engineer', [
  [
    ['1. 遵守职业道德，有社会责任感，诚实守信，学术态度端正。', 'Professional ethics, social responsibility, integrity', 10],
    ['2. 对工程与自然、社会和谐发展有正确的认知和理解，具有本专业职业健康安全、节能、环保、知识产权保护意识，具备相关知识。', 'Engineering, nature and society; safety, energy, environment and IP awareness', 10],
  ],
  [
    ['1. 具有相关专业工程教育背景。', 'Relevant engineering education', 6],
    ['2. 能在高职级人员指导下运用专业知识和技能进行工程实践。', 'Engineering practice under senior guidance', 7],
    ['3. 具备收集国内外相关技术信息的能力。', 'Gathering technical information', 7],
  ],
  [
    ['1. 能使用工程语言制定工程文件。', 'Writing engineering documents', 5],
    ['2. 具有团队合作精神和人际交往能力。', 'Teamwork and interpersonal skills', 5],
    ['3. 能适应新环境。', 'Adapting to new environments', 5],
    ['4. 具有开展国际交流与合作的基础语言能力。', 'Basic language ability for international exchange', 5],
  ],
  [
    ['1. 对自身职业发展规划有较清晰的认识。', 'Clear view of own career plan', 10],
    ['2. 具有终身学习意识，能根据职业需求主动学习，不断掌握新知识。', 'Lifelong learning', 10],
  ],
  [
    ['1. 具备成本意识。', 'Cost awareness', 10],
    ['2. 对项目管理各要素、领导力等有初步认知。', 'Initial understanding of project management and leadership', 10],
  ],
]);

/** Table C.2, 助理工程师 (assistant engineer). */
export const AUTOMOTIVE_COMPETENCY_SHEET_C2 = competencySheet('C.2', '助理工程师', 'assistant engineer', [
  [
    ['1. 遵守职业道德，履行社会责任，诚实守信，学术和工作态度端正。', 'Professional ethics, social responsibility, integrity', 10],
    ['2. 对工程与自然、社会和谐发展有正确的认知和理解，并能在工作中自觉遵循，有本专业职业健康安全、节能、环保、知识产权保护意识，具备相关知识，并能在工作中自觉遵循。', 'Engineering, nature and society, followed at work; safety, energy, environment and IP', 10],
  ],
  [
    ['1. 具有相关专业工程教育背景。', 'Relevant engineering education', 5],
    ['2. 能在高职级人员指导下运用数学、自然科学、工程学原理及专业技能解决工程实际技术问题。', 'Solving practical technical problems under senior guidance', 5],
    ['3. 具备收集国内外相关技术信息的能力。', 'Gathering technical information', 5],
    ['4. 具有创新意识，主动与高职级人员讨论创新方案。', 'Innovation awareness', 5],
  ],
  [
    ['1. 能使用工程语言制定工程文件，并与同行交流。', 'Writing engineering documents and exchanging with peers', 5],
    ['2. 具有团队合作精神和人际交往能力，能够控制自我。', 'Teamwork, interpersonal skills, self-control', 5],
    ['3. 能较快适应新环境。', 'Adapting quickly to new environments', 5],
    ['4. 具有开展国际交流与合作的基础语言能力及相关知识。', 'Basic language ability and knowledge for international exchange', 5],
  ],
  [
    ['1. 对自身职业发展有规划。', 'Career plan', 10],
    ['2. 具有终身学习意识，能根据职业需求主动学习，不断掌握新知识、新技能。', 'Lifelong learning of knowledge and skills', 10],
  ],
  [
    ['1. 具备成本意识，能在高职级人员指导下估算项目成本。', 'Estimating project cost under guidance', 5],
    ['2. 对项目管理各要素、领导力等有系统认知，能在高职级人员指导下完成指定项目任务。', 'Systematic understanding of project management; assigned tasks under guidance', 5],
    ['3. 能在高职级人员指导下，执行风险规避方案。', 'Executing risk-avoidance plans under guidance', 5],
    ['4. 能有效执行项目中的决策。', 'Executing project decisions', 5],
  ],
]);

/** Table C.3, 工程师 (engineer). */
export const AUTOMOTIVE_COMPETENCY_SHEET_C3 = competencySheet('C.3', '工程师', 'engineer', [
  [
    ['1. 遵守职业道德, 技术规范, 履行社会责任, 诚实守信, 学术和工作态度端正。', 'Professional ethics, technical codes, social responsibility, integrity', 10],
    ['2. 能在工程实践中结合中国国情, 以公众健康、安全、福祉、节能环保、合规、知识产权保护等各方面的可持续发展为前提, 运用工程专业知识, 保障工程和社会、自然的和谐发展。', 'Sustainable engineering practice in China\'s conditions', 10],
  ],
  [
    ['1. 具有相关专业工程教育背景, 接受过工程基础和专业知识学习以及专业技能训练。', 'Relevant engineering education and skills training', 5],
    ['2. 能运用数学、自然科学、工程基础和专业知识以及专业技能解决复杂工程实际技术问题。', 'Solving complex practical technical problems', 5],
    ['3. 具备收集、分析国内外相关技术信息的能力, 能进行复杂问题的研究、提出开发方向和思路。', 'Analysing technical information; researching complex problems', 5],
    ['4. 具有系统思维和创新思维, 能提出创新方案, 勇于尝试新方法、新工艺等。', 'Systems and innovative thinking', 5],
  ],
  [
    ['1. 能熟练使用工程语言制定工程文件, 并与同行深入交流。', 'Fluent engineering documents and deep exchange with peers', 5],
    ['2. 具有较强的团队合作精神和人际交往能力, 能够控制自我、换位思考。', 'Strong teamwork, self-control, empathy', 5],
    ['3. 能适应各种环境并发挥自身能力。', 'Performing in any environment', 5],
    ['4. 具有国际化意识和开展国际交流合作的基础语言能力及相关知识。', 'International awareness and basic language ability', 5],
  ],
  [
    ['1. 制定并实施自身职业发展规划, 积极参与业内学术活动。', 'Career plan carried out; academic activities', 10],
    ['2. 主动跟踪本专业国内外技术发展趋势, 不断掌握新知识、新技能并应用于工作中, 在高职级人员指导下完成知识沉淀工作。', 'Following technical trends; knowledge capture under guidance', 10],
  ],
  [
    ['1. 具有成本意识, 能估算项目成本, 在高职级人员指导下策划、设计、实施小型项目。', 'Cost estimates; small projects under guidance', 4],
    ['2. 具有项目监控和过程管理能力, 在项目实施过程中实现质量、成本、时间、人力资源等部分管理。', 'Project monitoring and partial process management', 4],
    ['3. 具备风险管控能力, 能依据其它项目应规避问题清单进行风险预判。', 'Risk control from other projects\' lessons', 4],
    ['4. 对小型工程项目进行决策, 并对所作的决定负责任。', 'Decisions on small projects', 4],
    ['5. 具备组织协调能力。', 'Organisation and coordination', 4],
  ],
]);

/** Table C.4, 高级工程师 (senior engineer). */
export const AUTOMOTIVE_COMPETENCY_SHEET_C4 = competencySheet('C.4', '高级工程师', 'senior engineer', [
  [
    ['1. 遵守职业道德，技术规范，履行社会责任，诚实守信，学术和工作态度端正。', 'Professional ethics, technical codes, social responsibility, integrity', 6],
    ['2. 能在工程实践中结合中国国情，以公众健康、安全、福祉、节能环保、合规、知识产权保护等各方面的可持续发展为前提，运用工程专业知识，保障工程和社会、自然的和谐发展。', 'Sustainable engineering practice in China\'s conditions', 7],
    ['3. 热心指导、培养年轻工程技术人员，推动行业人才储备和技术升级。', 'Mentoring young engineers', 7],
  ],
  [
    ['1. 具有相关专业工程教育背景，接受过工程基础和专业学习及专业技能训练。', 'Relevant engineering education and skills training', 5],
    ['2. 能运用数学、自然科学、工程基础和专业知识和专业技能解决复杂工程问题，取得经济效益或社会效益。', 'Solving complex engineering problems with economic or social benefit', 5],
    ['3. 具备收集、分析、判断国内外相关技术信息的能力，能进行复杂问题的研究、提出开发方向和思路及解决方案。', 'Judging technical information; solutions to complex problems', 5],
    ['4. 具有系统思维和创新思维，能提出创新方案，并能将新方案、新方法、新工艺等进行工程实践。', 'Innovation put into engineering practice', 5],
  ],
  [
    ['1. 能熟练使用工程语言制定、审核工程文件，并能够在跨技术领域、跨部门环境下与同行深入交流。', 'Writing and reviewing engineering documents; cross-domain exchange', 5],
    ['2. 具有很强的团队合作精神和人际交往能力，能够控制自我并理解他人意愿，并促进团队向上发展。', 'Very strong teamwork; developing the team', 5],
    ['3. 能适应各种复杂环境并发挥自身能力。', 'Performing in complex environments', 5],
    ['4. 具有国际化意识和开展国际交流与合作的基础语言能力及相关知识。', 'International awareness and basic language ability', 5],
  ],
  [
    ['1. 制定并实施自身职业发展规划，深度参与业内学术活动，具有开放、包容思维，主动分享工程经验。', 'Career plan; deep academic involvement; sharing experience', 10],
    ['2. 主动跟踪本专业国内外技术发展趋势，不断掌握新知识、新技能，并应用于工作中，并做好知识沉淀。', 'Following technical trends; knowledge capture', 10],
  ],
  [
    ['1. 根据市场调研、需求预测和技术经济可行性分析，策划、设计、实施中小型项目，具有指导或主持项目评估并提出项目改进意见的能力。', 'Planning and running small and medium projects; project evaluation', 4],
    ['2. 具有团队组建和管理能力，具备项目监控和过程管理能力，在项目实施过程中实现质量、成本、时间、人力资源管理全周期、全流程管理。', 'Team building; full-cycle project management', 4],
    ['3. 具备风险管控能力，能依据其它项目应规避问题清单进行风险预判并提出风险规避预案。', 'Risk control with avoidance plans', 4],
    ['4. 对中小型工程项目进行决策，并对所作的决定负责任。', 'Decisions on small and medium projects', 4],
    ['5. 具有跨技术领域、跨部门的组织协调、平台构筑能力。', 'Cross-domain coordination and platform building', 4],
  ],
]);

/** Table C.5, 资深工程师 (principal engineer). */
export const AUTOMOTIVE_COMPETENCY_SHEET_C5 = competencySheet('C.5', '资深工程师', 'principal engineer', [
  [
    ['1. 遵守职业道德，履行社会责任，诚实守信，学术和工作态度端正。', 'Professional ethics, social responsibility, integrity', 6],
    ['2. 能在工程实践中结合中国国情，以公众健康、安全、福祉、节能环保、合规、知识产权保护等各方面的可持续发展为前提，运用工程专业知识，保障工程和社会、自然的和谐发展。', 'Sustainable engineering practice in China\'s conditions', 7],
    ['3. 热心指导、培养高级工程技术人员，推动行业人才储备和技术升级。', 'Mentoring senior engineers', 7],
  ],
  [
    ['1. 具有相关专业工程教育背景，在某一技术方向有深入研究，并具有业内公认影响力。', 'Deep research in a technical direction with recognised influence', 5],
    ['2. 能运用数学、自然科学、工程基础和专业知识和专业技能解决复杂问题，并取得经济效益或社会效益。', 'Solving complex problems with economic or social benefit', 5],
    ['3. 具备收集、分析、判断国内外相关技术信息的能力，能进行复杂问题的研究，提出开发方向、思路及解决方案，攻克技术难关，取得重大理论研究成果和关键技术突破，具有引领本专业科技发展的能力。', 'Major breakthroughs; leading the discipline\'s development', 5],
    ['4. 具有系统思维和创新思维，能提出创新方案，并能将新方案、新方法、新工艺等完成工程转化，或在相关领域取得创新性研究成果，推动本专业技术发展。', 'Innovation brought to engineering or research results', 5],
  ],
  [
    ['1. 能熟练使用工程语言制定、审核工程文件，并能够在跨行业、跨国界环境下进行交流。', 'Writing and reviewing engineering documents; cross-industry and cross-border exchange', 5],
    ['2. 具有很强的团队合作精神和人际交往能力，能控制自我并理解他人意愿，换位思考、互利共赢，并促进团队向上发展。', 'Very strong teamwork; mutual benefit; developing the team', 5],
    ['3. 能适应各种环境并发挥自身能力。', 'Performing in any environment', 5],
    ['4. 能够在不同文化和社会背景下开展国际交流与合作。', 'International cooperation across cultures', 5],
  ],
  [
    ['1. 制定并实施自身职业发展规划，组织或深度参与业内学术活动，具有开放、包容思维，主动分享工程经验。', 'Career plan; organising academic activities; sharing experience', 10],
    ['2. 主动跟踪国内外技术发展趋势，不断掌握新知识、新技能并应用于工作中，并做好知识沉淀管理工作。', 'Following technical trends; managing knowledge capture', 10],
  ],
  [
    ['1. 根据市场调研、需求预测和技术经济可行性分析，策划、设计、实施大型项目，具有指导或主持项目评估并提出改进意见的能力。', 'Planning and running large projects; project evaluation', 4],
    ['2. 具备团队组建和管理能力，具有项目监控和过程管理能力，在项目实施过程中实现质量、成本、时间、人力资源管理等全周期、全流程管理。', 'Team building; full-cycle project management', 4],
    ['3. 具有风险管控能力，能对未知风险进行风险预判并提出风险规避预案。', 'Anticipating unknown risks with avoidance plans', 4],
    ['4. 对大型工程项目进行决策，并对所作的决定负责任。', 'Decisions on large projects', 4],
    ['5. 具有跨行业、跨国界的组织协调、平台构筑能力。', 'Cross-industry, cross-border coordination and platform building', 4],
  ],
]);

/** The five competency sheets, C.1 to C.5, in the ladder's order. */
export const AUTOMOTIVE_COMPETENCY_SHEETS = [
  AUTOMOTIVE_COMPETENCY_SHEET_C1, AUTOMOTIVE_COMPETENCY_SHEET_C2, AUTOMOTIVE_COMPETENCY_SHEET_C3, AUTOMOTIVE_COMPETENCY_SHEET_C4, AUTOMOTIVE_COMPETENCY_SHEET_C5,
] as const;
