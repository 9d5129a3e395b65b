/** The 5 competency areas and 17 items A1–E4 with PROFESSIONAL and SENIOR wording (seed 000 table). */
export interface CompetencyAreaSeed { code: 'A' | 'B' | 'C' | 'D' | 'E'; nameZh: string; nameEn: string }
export interface CompetencyItemSeed {
  code: string;
  areaCode: CompetencyAreaSeed['code'];
  professionalZh: string;
  seniorZh: string;
  evidenceExamplesZh: string[];
}

export const COMPETENCY_AREA_SEEDS: readonly CompetencyAreaSeed[] = [
  { code: 'A', nameZh: '工程知识与专业能力', nameEn: 'Engineering Knowledge and Professional Competence' },
  { code: 'B', nameZh: '工程伦理与职业道德', nameEn: 'Engineering Ethics and Professional Conduct' },
  { code: 'C', nameZh: '团队合作与交流能力', nameEn: 'Teamwork and Communication' },
  { code: 'D', nameZh: '持续发展与终身学习能力', nameEn: 'Continuing Development and Lifelong Learning' },
  { code: 'E', nameZh: '组织领导与项目管理能力', nameEn: 'Leadership and Project Management' },
];

export const COMPETENCY_ITEM_SEEDS: readonly CompetencyItemSeed[] = [
  {
    code: 'A1',
    areaCode: 'A',
    professionalZh: '具有相关专业工程教育背景，接受过工程基础和专业知识学习以及专业技能训练。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '具有相关专业工程教育背景，接受过工程基础和专业知识学习以及专业技能训练。',
    evidenceExamplesZh: [
      '参加专业相关的学习或培训',
      '学习和拓展不同领域的工程知识',
      '了解专业领域当前和新兴技术及应用',
      '通过研究和实验开发进一步拓展知识基础',
      '在工作中学习和开发新的工程理论和技术',
    ],
  },
  {
    code: 'A2',
    areaCode: 'A',
    professionalZh: '能够熟练运用数学、自然科学、工程基础和专业知识以及专业技能解决问题。',
    seniorZh: '能够灵活运用数学、自然科学、工程基础和专业知识以及专业技能解决问题。',
    evidenceExamplesZh: [
      '开展技术研发',
      '开发和评估持续改进系统',
      '识别所在领域理论开发和技术转化方面的限制与机会',
      '在适当时开发并推广新应用',
    ],
  },
  {
    code: 'A3',
    areaCode: 'A',
    professionalZh: '具备收集、分析、判断国内外相关技术信息的能力，能够进行复杂工程问题的研究，提出开发方向、思路及解决方案。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '具备收集、分析、判断国内外相关技术信息的能力，能够进行复杂工程问题的研究，提出开发方向、思路及解决方案。',
    evidenceExamplesZh: [
      '确定涉及产品、过程或系统的项目或技术改进',
      '综合考虑功能和其他需求确定规范',
      '建立用户需求',
      '审查规范和标书，以确定技术问题和潜在改进',
      '进行技术风险分析并确定缓解措施',
      '考虑和实施新技术',
    ],
  },
  {
    code: 'A4',
    areaCode: 'A',
    professionalZh: '具备市场调研、需求预测和技术经济分析能力，能够制定、实施工程项目计划，并评估其效果和影响。',
    seniorZh: '具备较强的市场调研、需求预测和技术经济分析能力，能够制定、实施工程项目计划，并准确评估其效果和影响。',
    evidenceExamplesZh: [
      '确定并同意适当的研究方法',
      '调研技术问题，确定潜在的解决方案，并确定进行比较所需的因素',
      '进行技术模拟或分析',
      '准备、提出并同意设计建议，并进行适当的风险分析，同时考虑成本、质量、安全性（包括网络安全）、可靠性、可访问性、外观、适用性、知识产权限制以及环境影响',
      '确保设计方案产生适当的实际结果',
      '实施设计方案，考虑包括安全性、可持续性和报废等的关键约束',
      '开展物理测试或试验，并分析和评估结果',
      '评估现有设计或工艺，识别包括风险、安全和生命周期等因素的故障或潜在改进',
      '从结果反馈中积极学习，以改进未来的设计解决方案并建立最佳实践',
    ],
  },
  {
    code: 'A5',
    areaCode: 'A',
    professionalZh: '具备系统思维和创新思维能力，能提出创新方案。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '具备系统思维和创新思维能力，能提出创新方案。',
    evidenceExamplesZh: [
      '开发基于新技术的设计、工艺或系统',
      '进行复杂和 / 或非标准技术分析',
      '开发涉及复杂或多学科技术的解决方案',
      '在安全关键行业或应用领域开发解决方案',
      '将工程基础的先进理论知识和实践领域的前沿知识应用于工程项目、系统和计划的交付',
    ],
  },
  {
    code: 'B1',
    areaCode: 'B',
    professionalZh: '能够在工程实践中遵守法律法规、技术规范、行为准则。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '能够在工程实践中遵守法律法规、技术规范、行为准则。',
    evidenceExamplesZh: [
      '说明如何遵守学会的专业行为准则',
      '识别与自身职责特别相关的行为准则',
      '理解与职责相关的法律和监管框架，说明如何遵守框架要求',
      '在法律法规要求范围内开展工作',
      '识别并遵守与特定产品、项目、过程或系统相关的规范、标准或法律',
    ],
  },
  {
    code: 'B2',
    areaCode: 'B',
    professionalZh: '具有人文社会科学素养、社会责任感，能在工程实践中理解并遵守工程职业道德和规范，履行责任。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '具有人文社会科学素养、社会责任感，能在工程实践中理解并遵守工程职业道德和规范，履行责任。',
    evidenceExamplesZh: [
      '理解在工作中可能遇到的道德问题',
      '说明如何遵守会员职业道德规范',
      '说明如何应用或坚持所在组织或公司规定的道德原则',
    ],
  },
  {
    code: 'B3',
    areaCode: 'B',
    professionalZh: '具有本专业质量、安全、节能、环保、知识产权保护意识，能够正确运用专业知识保证工程和自然、社会的和谐发展。',
    seniorZh: '具有本专业质量、安全、节能、环保、知识产权保护意识，能够全面运用专业知识保证工程和自然、社会的和谐发展。',
    evidenceExamplesZh: [
      '承担自己在健康、安全问题上的义务和责任，并确保其他人承担类似的责任',
      '确保自己所在组织满足健康、安全要求',
      '开发和实施适合的危害识别和风险管理',
      '管理、评估和改进这些系统',
      '应用健康和法规',
      '在工程项目实施中综合考虑环境、社会和经济成果的要求',
      '提供维护和提高环境质量的产品和服务',
      '说明如何将可持续发展原则应用于日常工作',
      '确保项目利益相关者参与可持续发展',
      '在所有活动中高效地使用资源',
      '在职责范围内采取行动尽量减少对环境的影响',
    ],
  },
  {
    code: 'C1',
    areaCode: 'C',
    professionalZh: '能够熟练使用工程语言制定工程文件，并与同行交流。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '能够熟练使用工程语言制定工程文件，并与同行交流。',
    evidenceExamplesZh: [
      '发表科研论文或出版科技书籍',
      '就工程问题和工程活动进行清晰的书面或口头陈述',
      '准备投标书、建议书或研究报告',
      '领导、主持、参与和记录专业会议和讨论',
      '准备复杂事项的报告、图纸、规范和其他文件',
      '向同事交换技术信息并提供建议',
      '与专业组织交流互动',
    ],
  },
  {
    code: 'C2',
    areaCode: 'C',
    professionalZh: '有团队合作精神良好的人际关系，能够控制自我并理解他人意愿。',
    seniorZh: '有团队合作精神良好的人际关系，能够控制自我并理解他人意愿。',
    evidenceExamplesZh: [
      '理解并管理自己的情绪、优势和劣势',
      '协调参与工程项目的不同人员的活动',
      '确定、同意并努力实现集体目标',
      '建立、维护和加强富有成效的工作关系，解决冲突',
    ],
  },
  {
    code: 'C3',
    areaCode: 'C',
    professionalZh: '具备跨文化沟通能力，能够进行国际交流与合作。',
    seniorZh: '具备跨文化沟通能力，能够充分进行国际交流与合作。',
    evidenceExamplesZh: [
      '理解不同文化背景差别，支持他人的需求和关切',
      '与跨国界或跨学科专业团队进行有效合作',
    ],
  },
  {
    code: 'D1',
    areaCode: 'D',
    professionalZh: '制定并实施自身职业发展规划，能够积极参与持续职业发展活动。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '制定并实施自身职业发展规划，能够积极参与持续职业发展活动。',
    evidenceExamplesZh: [
      '对自己的发展需求进行审查',
      '规划实现个人和组织发展目标',
      '开展计划内和计划外的持续职业发展活动',
      '保持能力发展的证据',
      '根据制定的计划评估持续职业发展成果',
      '帮助他人完成持续职业发展活动',
    ],
  },
  {
    code: 'D2',
    areaCode: 'D',
    professionalZh: '主动跟踪本专业国内外技术发展趋势，能够不断掌握新知识、新技能，并应用于工程实践中。',
    // SENIOR cell empty in seed 000: same as PROFESSIONAL
    seniorZh: '主动跟踪本专业国内外技术发展趋势，能够不断掌握新知识、新技能，并应用于工程实践中。',
    evidenceExamplesZh: [
      '参加培训、考试',
      '参加研讨会',
      '开展技术咨询',
      '授课或会议演讲',
      '承担课题研究',
      '发表专业论文或课题研究报告',
      '出版专业著作或获得专利',
    ],
  },
  {
    code: 'E1',
    areaCode: 'E',
    professionalZh: '具备团队组建和管理能力，能够领导团队并帮助团队成员成长。',
    seniorZh: '具备较强的团队组建和管理能力，能够领导团队并帮助团队成员全面成长。',
    evidenceExamplesZh: [
      '与团队和个人商定目标和工作计划',
      '加强团队对专业标准的担当',
      '领导和支持团队和个人发展',
      '评估团队和个人绩效，并提供反馈',
      '在需要时寻求其他团队或专家的意见并管理关系',
      '为工程团队、工程师、客户、管理层和相关利益相关者提供专业知识和指导',
    ],
  },
  {
    code: 'E2',
    areaCode: 'E',
    professionalZh: '具备项目监控和过程管理能力，能够进行风险预判并提出风险规避方案，通过质量管理实现工程项目的持续改进。',
    seniorZh: '具备较强的项目监控和过程管理能力，能够准确进行风险预判并提出风险规避方案，通过质量管理实现工程项目的持续改进。',
    evidenceExamplesZh: [
      '为项目或任务编制预算和相关工作计划',
      '管理质量、成本和时间之间的平衡',
      '监控进度、相关成本和成本预测，必要时采取适当措施',
      '运行包括风险登记册和应急系统在内的管理系统',
      '识别、评估和管理可能与操作设备、系统性能、技术、产品性能以及社会和环境相关的风险',
      '执行任务或项目风险评估并确定缓解措施',
      '设计可最小化成本和不良后果并最大限度地提高效益的管理方法',
      '在法律和法定要求范围内建立和维护适当的质量标准',
      '在整个组织及客户和供应商网络中提升质量',
      '开发和符合 ISO 9000 等质量标准的运营活动',
      '支持或指导项目评估并提出改进建议',
      '实施和分享经验教训的成果',
    ],
  },
  {
    code: 'E3',
    areaCode: 'E',
    professionalZh: '具备综合分析、判断能力，能够在工程项目实施过程中展现良好的判断力。',
    seniorZh: '具备较强的综合分析、判断能力，能够在工程项目实施过程中展现较强的判断力。',
    evidenceExamplesZh: [
      '确定多种方案，在数据有限、不完整或不确定的情况下，对工程方法做出合理判断',
      '能够认识到不可预见的复杂问题的本质，并对工程方案做出合理判断',
      '果断处理具有重大后果和不同或冲突利益相关者利益的工程活动',
      '在遇到意外障碍、性能缺陷、即将或实际发生的故障时，寻求适当的建议，并决定是否继续或暂停工作',
    ],
  },
  {
    code: 'E4',
    areaCode: 'E',
    professionalZh: '能提出决策意见，并对所作出的决定负责。',
    seniorZh: '能提出科学的决策意见，并对所作出的决定负责。',
    evidenceExamplesZh: [
      '进行工程决策时表现出对相关责任的了解',
      '对产出负责',
      '承担工程活动的责任',
    ],
  },
];
