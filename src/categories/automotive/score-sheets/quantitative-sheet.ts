import type { ScoreItemDefinition, ScoreOption, ScoreSheetDefinition } from '../../../assessment/scoring/score-sheet';

/*
 * Seed 003, 附录B《汽车工程类工程能力评价量化评分表》, transcribed item by item (110 points). The seed's notes:
 * "() 内分数为该指标最高得分，'标准分'列为单项最高得分或得分区间，专家可酌情打分。" Every "总分≤N" is a cap the items add
 * up under; each item's rule is the seed's: a standard score to pick, a range in whole or half points, or a formula of n.
 */

const opt = (code: string, zh: string, en: string, points: number): ScoreOption => ({ code, label: { zh, en }, points });

/** Three ranks of an award level (第一名/第二名/第三名及以下), e.g. 10/9/8. */
function ranks(prefix: string, zh: string, en: string, [first, second, third]: [number, number, number]): ScoreOption[] {
  return [
    opt(`${prefix}_RANK_1`, `${zh}·第一名`, `${en}, first`, first),
    opt(`${prefix}_RANK_2`, `${zh}·第二名`, `${en}, second`, second),
    opt(`${prefix}_RANK_3_OR_LOWER`, `${zh}·第三名及以下`, `${en}, third or lower`, third),
  ];
}

const RESEARCH_EVIDENCE = {
  zh: '科研成果为近五年取得；n为成果数量。各项成果得分可累加，总分≤10分，依据标准分给分。',
  en: 'Outputs of the last five years; n is the number of outputs. Outputs add up, at most 10 points, by the standard scores.',
};

const count = (code: string, zh: string, en: string, first: number, next: number, cap: number, formula: string, evidence = RESEARCH_EVIDENCE): ScoreItemDefinition => ({
  code, name: { zh, en }, rule: { kind: 'COUNT', first, next, cap, formula }, evidence,
});

/** Appendix B, the quantitative sheet (量化评分表), 110 points. */
export const AUTOMOTIVE_QUANTITATIVE_SHEET: ScoreSheetDefinition = {
  code: 'AUTOMOTIVE_B',
  kind: 'QUANTITATIVE',
  name: { zh: '汽车工程类工程能力评价量化评分表', en: 'Automotive engineering capability evaluation: quantitative score sheet' },
  source: 'T/CSAE 汽车工程类工程能力评价 附录B（规范性）',
  maximum: 110,
  sections: [
    {
      code: 'B1', name: { zh: '专业基础与积累', en: 'Professional background' }, cap: 10,
      note: { zh: '总分≤10分，依据标准分给分，得分为整数', en: 'At most 10 points, by the standard scores, in whole points' },
      groups: [
        {
          // The seed's high-skill routes give this item 3, 5 or 6 points (6 above the heading's 5): taken as written; the
          // section's cap of 10 still holds.
          code: 'B1.1', name: { zh: '学历', en: 'Education' }, cap: 6,
          items: [{
            code: 'B1.1.1', name: { zh: '博士/硕士/本科/大专/中专', en: 'Doctorate / master / bachelor / college / vocational school' },
            rule: {
              kind: 'OPTIONS', options: [
                opt('DOCTORATE', '博士', 'Doctorate', 5),
                opt('MASTER', '硕士', 'Master', 4),
                opt('BACHELOR', '本科', 'Bachelor', 3),
                opt('COLLEGE', '大专', 'College (dazhuan)', 2),
                opt('VOCATIONAL_SCHOOL', '中专', 'Secondary vocational school', 1),
                opt('SENIOR_WORKER_FOR_ASSISTANT', '高技能人才：取得高级工（三级）后从事技术岗位满2年，申报助理工程师', 'High-skill talent: senior worker (level 3) and 2 years in technical posts, applying for assistant engineer', 3),
                opt('TECHNICIAN_FOR_ENGINEER', '高技能人才：取得技师（二级）后从事技术岗位满3年，申报工程师', 'High-skill talent: technician (level 2) and 3 years in technical posts, applying for engineer', 5),
                opt('SENIOR_TECHNICIAN_FOR_SENIOR', '高技能人才：技术岗位满10年（转到技术岗位不少于1年）且取得高级技师（一级）后满4年，申报高级工程师', 'High-skill talent: 10 years in technical posts (at least 1 after moving to one) and 4 years after senior technician (level 1), applying for senior engineer', 6),
                opt('EXCEPTIONAL_SKILL_FOR_SENIOR', '高技能人才：中华技能大奖、全国技术能手、国家级技能大师工作室带头人、省级以上政府特殊津贴或“高精尖缺”人才，申报高级工程师', 'High-skill talent with the China Skill Award, national technical expert, national master studio leader, special government allowance or a province-recognised scarce talent, applying for senior engineer', 6),
              ],
            },
            evidence: {
              zh: '大专提供毕业证书，本科及以上提供毕业证书、学位证书；高技能人才需提供职业资格证书（破格者提供相关证明资料）。技能岗位年限可按50%折算。',
              en: 'College: graduation certificate; bachelor and above: graduation and degree certificates; high-skill talents: the vocational qualification certificate (exceptional routes: the supporting proof). Skill-post years count at 50%.',
            },
          }],
        },
        {
          code: 'B1.2', name: { zh: '资历', en: 'Years in the field' }, cap: 5,
          items: [{
            code: 'B1.2.1', name: { zh: '累计工作年限', en: 'Total years of work in the field applied for' },
            rule: {
              kind: 'OPTIONS', options: [
                opt('YEARS_15_PLUS', '累计工作年限≥15年', '15 years or more', 5),
                opt('YEARS_11_TO_14', '11年≤累计工作年限≤14年', '11 to 14 years', 4),
                opt('YEARS_7_TO_10', '7年≤累计工作年限≤10年', '7 to 10 years', 3),
                opt('YEARS_4_TO_6', '4年≤累计工作年限≤6年', '4 to 6 years', 2),
                opt('YEARS_1_TO_3', '1年≤累计工作年限≤3年', '1 to 3 years', 1),
              ],
            },
            evidence: { zh: '累计工作年限指的是在所申请专业领域的总计工作年限。', en: 'The total years of work in the field applied for.' },
          }],
        },
      ],
    },
    {
      code: 'B2', name: { zh: '持续学习', en: 'Continuing learning' }, cap: 5,
      note: { zh: '总分≤5分，依据标准分给分，得分为整数', en: 'At most 5 points, by the standard scores, in whole points' },
      groups: [
        {
          code: 'B2.1', name: { zh: '培训学时', en: 'Training hours' }, cap: 5,
          items: [{
            code: 'B2.1.1', name: { zh: '近5年内年平均培训学时', en: 'Average yearly training hours in the last 5 years' },
            rule: { kind: 'OPTIONS', options: [opt('AT_LEAST_12', '年平均培训学时≥12学时', '12 class hours or more a year', 5), opt('FROM_8_BELOW_12', '8学时≤年平均培训学时<12学时', '8 to under 12 class hours a year', 4)] },
          }],
        },
        {
          code: 'B2.2', name: { zh: '授课学时', en: 'Teaching hours' }, cap: 5,
          items: [{
            code: 'B2.2.1', name: { zh: '近5年内年平均授课学时', en: 'Average yearly teaching hours in the last 5 years' },
            rule: { kind: 'OPTIONS', options: [opt('AT_LEAST_6', '年平均授课学时≥6学时', '6 class hours or more a year', 5), opt('FROM_4_BELOW_6', '4学时≤年平均授课学时<6学时', '4 to under 6 class hours a year', 4)] },
          }],
        },
      ],
    },
    {
      code: 'B3', name: { zh: '项目能力', en: 'Project ability' }, cap: 75,
      groups: [
        {
          code: 'B3.1', name: { zh: '项目课题', en: 'Projects' }, cap: 25,
          items: [{
            code: 'B3.1.1', name: { zh: '项目级别与角色（取最高得分项）', en: 'Project level and role (the highest-scoring project)' },
            rule: {
              kind: 'OPTIONS', options: [
                opt('NATIONAL_LEAD', '国家级·项目负责人、主持组织', 'National, project leader or organiser', 25),
                opt('NATIONAL_MAJOR', '国家级·子项目负责人、主要参与者', 'National, sub-project leader or major participant', 22),
                opt('NATIONAL_GENERAL', '国家级·一般参与者', 'National, participant', 16),
                opt('PROVINCIAL_LEAD', '省部级·项目负责人、主持组织', 'Provincial or ministerial, project leader or organiser', 22),
                opt('PROVINCIAL_MAJOR', '省部级·子项目负责人、主要参与者', 'Provincial or ministerial, sub-project leader or major participant', 19),
                opt('PROVINCIAL_GENERAL', '省部级·一般参与者', 'Provincial or ministerial, participant', 13),
                opt('LOCAL_LEAD', '市级、企业级或院校级·项目负责人、主持组织', 'Municipal, enterprise or university, project leader or organiser', 19),
                opt('LOCAL_MAJOR', '市级、企业级或院校级·子项目负责人、主要参与者', 'Municipal, enterprise or university, sub-project leader or major participant', 16),
                opt('LOCAL_GENERAL', '市级、企业级或院校级·一般参与者', 'Municipal, enterprise or university, participant', 10),
              ],
            },
            evidence: {
              zh: '总分≤25分，依据标准分给分，得分为整数。1) 项目课题为近五年完成。2) 需有项目立项书、项目委托书、项目验收报告、项目奖励证明、成果文件，或项目负责人签字的完成证明，或加盖项目委托单位公章的证明等资料，用以证明项目级别、项目角色及专业能力。3) 提供二个及以上项目，取最高得分项，不累加计算。',
              en: 'At most 25, by the standard scores, whole points. 1) Projects completed in the last five years. 2) Project approval, commission, acceptance report, award proof, output documents, a completion proof signed by the project leader or stamped by the commissioning body, proving the level, the role and the professional ability. 3) With two or more projects, the highest score counts; they do not add up.',
            },
          }],
        },
        {
          code: 'B3.2', name: { zh: '项目评价', en: 'Project assessment' }, cap: 25,
          items: [{
            code: 'B3.2.1', name: { zh: '项目评价', en: 'Project assessment' }, required: true,
            rule: {
              kind: 'RANGE', step: 1, max: 25, bands: [
                { label: { zh: '在设计研发或生产实践中，有较大的技术性突破、解决重大关键技术难题或填补国内同行业某一技术领域的空白，取得显著经济效益和成果', en: 'A major technical breakthrough in design, R&D or production, solving a key technical problem or filling a domestic gap, with marked economic results' }, min: 21, max: 25 },
                { label: { zh: '解决生产、技术、科研、设计中较重要技术难题，有一定创新性技术成果，取得显著经济效益和成果', en: 'Solving important technical problems in production, technology, research or design, with innovative results and marked economic results' }, min: 16, max: 20 },
                { label: { zh: '较好完成工作任务，对技术工作能结合实际提出有益建议，取得一定经济效益', en: 'Tasks well done, useful practical proposals for the technical work, some economic results' }, min: 11, max: 15 },
                { label: { zh: '完成工作任务，无明显差错', en: 'Tasks done without notable errors' }, min: 5, max: 10 },
              ],
            },
            evidence: { zh: '总分≤25分，在标准分区间内给分，得分为整数。根据申请人提供的资料，进行评分。', en: 'At most 25, within the bands, whole points, from the material the applicant provides.' },
          }],
        },
        {
          code: 'B3.3', name: { zh: '理论高度', en: 'Theoretical depth' }, cap: 8,
          items: [{
            code: 'B3.3.1', name: { zh: '理论高度', en: 'Theoretical depth' }, required: true,
            rule: {
              kind: 'RANGE', step: 0.5, max: 8, bands: [
                { label: { zh: '综合运用数学、自然科学、工程基础和专业知识和专业技能对问题深入分析，提出开发方向和思路，提出创新方案', en: 'Deep analysis using mathematics, natural science, engineering fundamentals and professional knowledge; development directions and innovative solutions' }, min: 8, max: 8 },
                { label: { zh: '综合运用数学、自然科学、工程基础和专业知识和专业技能对问题进行分析，提出解决思路', en: 'Analysis using mathematics, natural science, engineering fundamentals and professional knowledge; solution approaches' }, min: 7, max: 7 },
                { label: { zh: '运用工程基础、专业知识及专业技能解决简单工程问题', en: 'Solving simple engineering problems with engineering fundamentals and professional knowledge and skills' }, min: 5, max: 6.5 },
                { label: { zh: '有一定的工程基础和专业知识，并在工作中运用', en: 'Some engineering fundamentals and professional knowledge, applied at work' }, min: 0, max: 4.5 },
              ],
            },
            evidence: {
              zh: '总分≤8分，在标准分区间内给分，得分以0.5递增或递减。1) 申请人提交技术工作总结，助理工程师、工程师字数在2000字以上；高级工程师、资深工程师字数在3000字以上。2) 结合申请人提交的技术工作总结和科研成果证明材料，对其理论性、科学性和实用性进行评分。',
              en: 'At most 8, within the bands, in steps of 0.5. 1) The technical work summary: over 2000 characters for assistant and engineer, over 3000 for senior and principal. 2) Scored on the summary and the proof of research outputs: theory, science and practical use.',
            },
          }],
        },
        {
          code: 'B3.4', name: { zh: '科学性', en: 'Scientific rigour' }, cap: 10,
          items: [{
            code: 'B3.4.1', name: { zh: '科学性：1、科学严谨；2、技术成熟；3、方法合理；4、资料可靠；5、数据准确', en: 'Scientific rigour: rigorous, mature technology, sound methods, reliable sources, accurate data' }, required: true,
            rule: {
              kind: 'RANGE', step: 0.5, max: 10, bands: [
                { label: { zh: '达到5项标准', en: 'Meets all 5 criteria' }, min: 9, max: 10 },
                { label: { zh: '达到4项标准', en: 'Meets 4 criteria' }, min: 7, max: 8.5 },
                { label: { zh: '达到3项标准', en: 'Meets 3 criteria' }, min: 5, max: 6.5 },
                { label: { zh: '达到2项标准及以下', en: 'Meets 2 criteria or fewer' }, min: 0, max: 4.5 },
              ],
            },
            evidence: { zh: '总分≤10分，在标准分区间内给分，得分以0.5递增或递减。结合申请人提交的技术工作总结和科研成果证明材料，对其科学性进行评分。', en: 'At most 10, within the bands, in steps of 0.5, on the technical work summary and the proof of research outputs.' },
          }],
        },
        {
          code: 'B3.5', name: { zh: '实用性', en: 'Practical value' }, cap: 7,
          items: [{
            code: 'B3.5.1', name: { zh: '实用性', en: 'Practical value' }, required: true,
            rule: {
              kind: 'RANGE', step: 0.5, max: 7, bands: [
                { label: { zh: '对科研和生产有普遍意义，推广应用后取得显著的经济效益或社会效益', en: 'Of general significance to research and production; marked economic or social benefit once applied' }, min: 6, max: 7 },
                { label: { zh: '对科研和生产有一定意义，推广应用后取得一定的经济效益或社会效益', en: 'Of some significance; some economic or social benefit once applied' }, min: 3, max: 5.5 },
                { label: { zh: '对科研和生产无明显意义，无明显推广应用价值', en: 'Of no clear significance or value in application' }, min: 0, max: 2.5 },
              ],
            },
            evidence: { zh: '总分≤7分，在标准分区间内给分，得分以0.5递增或递减。结合申请人提交的技术工作总结和科研成果证明材料，对其实用性进行评分。', en: 'At most 7, within the bands, in steps of 0.5, on the technical work summary and the proof of research outputs.' },
          }],
        },
      ],
    },
    {
      code: 'B4', name: { zh: '科研成果', en: 'Research output' }, cap: 10,
      note: {
        zh: '各项成果得分可累加，总分≤10分，依据标准分给分。1) 科研成果为近五年取得；n为成果数量。2) 专利得分≤4，标准/技术规范得分≤3分，论文发表得分≤4分，专业书籍得分≤5分，技术沉淀文件得分≤2分，专题报告≤3分。3) 技术报告一般为取得实际作用的，有代表性的专业技术报告，技术论证有深度，调研、设计、测试数据齐全、准确。',
        en: 'Outputs add up to at most 10, by the standard scores. 1) Outputs of the last five years; n is their number. 2) Patents ≤ 4, standards ≤ 3, papers ≤ 4, books ≤ 5, technical documents ≤ 2, keynote reports ≤ 3. 3) Technical reports: representative reports of practical effect, with deep argument and complete, accurate survey, design and test data.',
      },
      groups: [
        {
          code: 'B4.1', name: { zh: '专利', en: 'Patents' }, cap: 4,
          items: [
            count('B4.1.1', '发明专利（前三位）', 'Invention patents, inventor ranked 1st–3rd', 2, 2, 4, '2×n'),
            count('B4.1.2', '发明专利（第四位起）', 'Invention patents, inventor ranked 4th or later', 1, 1, 4, '1×n'),
            count('B4.1.3', '实用新型、外观设计专利（整车）（前三位）', 'Utility model or design patents (whole vehicle), ranked 1st–3rd', 0.5, 0.5, 4, '0.5×n'),
          ],
        },
        {
          code: 'B4.2', name: { zh: '标准/技术规范', en: 'Standards and technical specifications' }, cap: 3,
          items: [
            count('B4.2.1', '国家标准/技术规范（多项/一项）', 'National standards (several / one)', 2, 1, 3, '一项2，多项3'),
            count('B4.2.2', '行业/团体标准/技术规范（多项/一项）', 'Industry or association standards (several / one)', 1, 1, 2, '一项1，多项2'),
          ],
        },
        {
          code: 'B4.3', name: { zh: '论文发表', en: 'Papers' }, cap: 4,
          items: [
            count('B4.3.1', '论文：独立撰写或第一作者或通讯作者', 'Papers as sole, first or corresponding author', 2, 0.5, 4, '2+0.5×(n−1)'),
            count('B4.3.2', '论文：2-3位', 'Papers as 2nd or 3rd author', 1, 0.5, 4, '1+0.5×(n−1)'),
          ],
        },
        {
          code: 'B4.4', name: { zh: '专业书籍', en: 'Professional books' }, cap: 5,
          items: [
            count('B4.4.1', '专业书籍：5万字以上，作者排名不限', 'Books over 50,000 characters, any author rank', 4, 4, 5, '4'),
            count('B4.4.2', '专业书籍：5万字以上，作者排名前2位', 'Books over 50,000 characters, author ranked 1st or 2nd', 5, 5, 5, '5'),
          ],
        },
        {
          code: 'B4.5', name: { zh: '技术沉淀文件', en: 'Technical knowledge documents' }, cap: 2,
          items: [
            count('B4.5.1', '技术报告/技术手册/操作法/试验大纲/标准法规实施细则/质量管理手册等（多项/一项）', 'Technical reports, manuals, operating methods, test programmes, implementation rules, quality manuals… (several / one)', 1, 1, 2, '一项1，多项2'),
          ],
        },
        {
          code: 'B4.6', name: { zh: '专题报告', en: 'Keynote reports' }, cap: 3,
          items: [
            count('B4.6.1', '专业技术会议上做主题报告：国际或国家', 'Keynote at a professional conference, international or national', 3, 3, 3, '3'),
            count('B4.6.2', '专业技术会议上做主题报告：省部级', 'Keynote at a provincial or ministerial conference', 2, 2, 3, '2'),
            count('B4.6.3', '专业技术会议上做主题报告：司局级', 'Keynote at a bureau-level conference', 1, 1, 3, '1'),
          ],
        },
      ],
    },
    {
      code: 'B5', name: { zh: '加分项', en: 'Bonus' }, cap: 10,
      note: {
        zh: '各项得分可累加，总分≤10分，依据标准分给分，得分为整数。1) 证书为近五年取得。2) 多个奖项可累加，同一项目多次获奖，只取最高奖一次。3) 国际级设计大奖包括德国iF设计奖、德国红点设计大奖、日本G-Mark、美国IDEA等或经初评专家委员会认可的比赛。4) 大型国有企业科技进步奖、设计创意奖视同市厅级奖励。',
        en: 'Items add up to at most 10, by the standard scores, whole points. 1) Certificates of the last five years. 2) Several awards add up; a project awarded several times counts once, with its highest award. 3) International design awards: iF, red dot, G-Mark, IDEA, or contests the initial review committee accepts. 4) Large state-owned enterprises\' science and technology progress or design awards count as municipal awards.',
      },
      groups: [
        {
          code: 'B5.1', name: { zh: '获奖', en: 'Awards' }, cap: 10,
          items: [{
            code: 'B5.1.1', name: { zh: '科学技术奖、技术攻关项目奖、重点技术工程项目奖或设计奖（每项奖励一条）', en: 'Science and technology, key project or design awards (one entry per award)' },
            rule: {
              kind: 'OPTIONS', repeatable: true, options: [
                ...ranks('NATIONAL_FIRST', '国家科学技术奖或国家技术攻关项目或国家重点技术工程项目奖或国际级设计大奖·一等奖', 'National award or international design award, first prize', [10, 9, 8]),
                ...ranks('NATIONAL_SECOND', '国家科学技术奖或国家技术攻关项目或国家重点技术工程项目奖或国际级设计大奖·二等奖', 'National award or international design award, second prize', [9, 8, 7]),
                ...ranks('PROVINCIAL_FIRST', '省、部级科学技术奖或省部级技术攻关项目或省部级重点技术工程项目奖或省部级及以上设计奖励·一等奖', 'Provincial or ministerial award, first prize', [9, 8, 7]),
                ...ranks('PROVINCIAL_SECOND', '省、部级科学技术奖或省部级技术攻关项目或省部级重点技术工程项目奖或省部级及以上设计奖励·二等奖', 'Provincial or ministerial award, second prize', [8, 7, 6]),
                ...ranks('PROVINCIAL_THIRD', '省、部级科学技术奖或省部级技术攻关项目或省部级重点技术工程项目奖或省部级及以上设计奖励·三等奖', 'Provincial or ministerial award, third prize', [7, 6, 5]),
                ...ranks('MUNICIPAL_FIRST', '市厅级科学技术奖或市厅级技术攻关项目奖或市厅级重点技术工程项目奖或市厅级设计奖励·一等奖', 'Municipal award, first prize', [7, 6, 5]),
                ...ranks('MUNICIPAL_SECOND', '市厅级科学技术奖或市厅级技术攻关项目奖或市厅级重点技术工程项目奖或市厅级设计奖励·二等奖', 'Municipal award, second prize', [6, 5, 4]),
                ...ranks('MUNICIPAL_THIRD', '市厅级科学技术奖或市厅级技术攻关项目奖或市厅级重点技术工程项目奖或市厅级设计奖励·三等奖', 'Municipal award, third prize', [5, 4, 3]),
              ],
            },
            evidence: { zh: '证书为近五年取得；同一项目多次获奖，只取最高奖一次。', en: 'Certificates of the last five years; a project awarded several times counts once, with its highest award.' },
          }],
        },
        {
          code: 'B5.2', name: { zh: '工程伦理与职业道德', en: 'Engineering ethics and professional conduct' }, cap: 5,
          items: [{
            code: 'B5.2.1', name: { zh: '获得国家级/省部级/市级/企业级奖励或荣誉称号', en: 'Awards or honorary titles, national / provincial / municipal / enterprise' },
            rule: { kind: 'OPTIONS', options: [opt('NATIONAL', '国家级', 'National', 5), opt('PROVINCIAL', '省部级', 'Provincial or ministerial', 4), opt('MUNICIPAL', '市级', 'Municipal', 3), opt('ENTERPRISE', '企业级', 'Enterprise', 2)] },
          }],
        },
        {
          code: 'B5.3', name: { zh: '外语水平', en: 'Foreign language' }, cap: 2,
          items: [{
            code: 'B5.3.1', name: { zh: '外语水平', en: 'Foreign language' },
            rule: {
              kind: 'OPTIONS', options: [
                opt('ADVANCED', '海外院校留学获得学位、TOEFL≥100、ITLTS≥7.5、GRE≥320、大学英语六级、全国职称外语考试A级、TOEIC≥905、汽车工程专业类国际会议并进行主题演讲或专题报告(外语版)', 'Degree from a foreign university, TOEFL ≥ 100, IELTS ≥ 7.5, GRE ≥ 320, CET-6, professional-title foreign language exam grade A, TOEIC ≥ 905, or a keynote in a foreign language at an international automotive conference', 2),
                opt('INTERMEDIATE', 'TOEFL≥79、ITLTS≥6.5、GRE≥300、大学英语四级、全国职称外语考试B级或C级、TOEIC≥605、在公开发行的期刊上发表外语文章', 'TOEFL ≥ 79, IELTS ≥ 6.5, GRE ≥ 300, CET-4, professional-title foreign language exam grade B or C, TOEIC ≥ 605, or a foreign-language article in a public journal', 1),
              ],
            },
          }],
        },
      ],
    },
  ],
};
