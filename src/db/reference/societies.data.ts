/** The 14 societies the federation has authorized (DOMAIN.md §2, seed 000 contact list). */
/** A published contact person (seed 000 "联系方式"). */
export interface ContactSeed { name: string; phone?: string; email?: string; role: string; organisation?: string; organisationEn?: string }

export interface SocietySeed { code: string; nameZh: string; nameEn: string; fieldCodes: string[]; contacts: ContactSeed[] }

/** Seed 000: "如在接受工程能力评价过程中需要帮助，或对评价结果有异议，或对工程能力评价考官有意见，请联系…获授权学会". */
const EVALUATION_CONTACT = '工程能力评价咨询：评价过程中的帮助、对评价结果的异议、对考官的意见';

export const SOCIETY_SEEDS: readonly SocietySeed[] = [
  { code: 'CCES', nameZh: '中国土木工程学会', nameEn: 'China Civil Engineering Society', fieldCodes: ['CIVIL'], contacts: [{ name: '包老师', phone: '010-58933071', role: EVALUATION_CONTACT }] },
  { code: 'CSEE', nameZh: '中国电机工程学会', nameEn: 'Chinese Society for Electrical Engineering', fieldCodes: ['ELECTRICAL'], contacts: [{ name: '郑老师', phone: '010-63415657', role: EVALUATION_CONTACT }] },
  { code: 'CES', nameZh: '中国电工技术学会', nameEn: 'China Electrotechnical Society', fieldCodes: ['ELECTRICAL'], contacts: [{ name: '龚老师', phone: '010-63256975', role: EVALUATION_CONTACT }] },
  { code: 'CMES', nameZh: '中国机械工程学会', nameEn: 'Chinese Mechanical Engineering Society', fieldCodes: ['MECHANICAL'], contacts: [{ name: '秦老师', phone: '010-68799018', role: EVALUATION_CONTACT }] },
  { code: 'CHES', nameZh: '中国水利学会', nameEn: 'Chinese Hydraulic Engineering Society', fieldCodes: ['HYDRAULIC'], contacts: [{ name: '杜老师', phone: '010-63202817', role: EVALUATION_CONTACT }] },
  { code: 'CSHE', nameZh: '中国水力发电工程学会', nameEn: 'China Society for Hydropower Engineering', fieldCodes: ['HYDRAULIC'], contacts: [{ name: '王老师', phone: '010-58382508', role: EVALUATION_CONTACT }] },
  { code: 'CHINCOLD', nameZh: '中国大坝工程学会', nameEn: 'Chinese National Committee on Large Dams', fieldCodes: ['HYDRAULIC'], contacts: [{ name: '杨老师', phone: '010-68789757', role: EVALUATION_CONTACT }] },
  { code: 'CIC', nameZh: '中国通信学会', nameEn: 'China Institute of Communications', fieldCodes: ['ICT'], contacts: [{ name: '李老师', phone: '010-68203013', role: EVALUATION_CONTACT }] },
  { code: 'CSAE', nameZh: '中国汽车工程学会', nameEn: 'China Society of Automotive Engineers', fieldCodes: ['AUTOMOTIVE'], contacts: [{ name: '王老师', phone: '010-50911061', role: EVALUATION_CONTACT }] },
  { code: 'CIESC', nameZh: '中国化工学会', nameEn: 'Chemical Industry and Engineering Society of China', fieldCodes: ['CHEMICAL'], contacts: [{ name: '胡老师', phone: '010-64440548', role: EVALUATION_CONTACT }] },
  { code: 'GSC', nameZh: '中国地质学会', nameEn: 'Geological Society of China', fieldCodes: ['GEOLOGICAL'], contacts: [{ name: '张老师', phone: '010-68999019', role: EVALUATION_CONTACT }] },
  { code: 'ASC', nameZh: '中国建筑学会', nameEn: 'Architectural Society of China', fieldCodes: ['ARCHITECTURAL'], contacts: [{ name: '曹老师', phone: '010-88361370', role: EVALUATION_CONTACT }] },
  { code: 'CAR', nameZh: '中国制冷学会', nameEn: 'Chinese Association of Refrigeration', fieldCodes: ['ARCHITECTURAL'], contacts: [{ name: '王老师', phone: '13522551228', role: EVALUATION_CONTACT }] },
  { code: 'CHSLA', nameZh: '中国风景园林学会', nameEn: 'Chinese Society of Landscape Architecture', fieldCodes: ['LANDSCAPE'], contacts: [{ name: '高老师', phone: '010-88083198', role: EVALUATION_CONTACT }] },
];

/**
 * The federation's complaint contacts (seed 000): written appeals, complaints and suggestions about registration go
 * to the quality supervision committee; disagreement with how they were handled, to the secretariat.
 */
export const FEDERATION_COMPLAINT_CONTACTS: readonly ContactSeed[] = [
  {
    organisation: '联合体标准与质量监督委员会', organisationEn: 'CSE Standards and Quality Supervision Committee',
    name: '郝老师', phone: '010-68488750', email: 'sqs_c@cast-cse.org.cn', role: '对工程会员注册及管理工作的书面申诉、投诉意见及相关建议',
  },
  {
    organisation: '联合体秘书处', organisationEn: 'CSE Secretariat',
    name: '张老师', phone: '010-62166293', email: 'cse@cast-cse.org.cn', role: '对申诉、投诉及建议的处理结果有不同意见时书面反映',
  },
];
