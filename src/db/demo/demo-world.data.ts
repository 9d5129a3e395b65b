import { ExaminerGrade, GrantRole } from '../../entities/enums';

/** One demo account and the grants it holds. */
export interface DemoAccount {
  email: string;
  displayName: string;
  role: GrantRole;
  society?: string;
  enterprise?: string;
  examiner?: { grade: ExaminerGrade; field: string; specialties: string[]; employer: string };
}

/** The development password of every demo account (the seeder refuses to run in production). */
export const DEMO_PASSWORD = 'Demo@2026';

/** The enterprise that recommends engineers in the demo. */
export const DEMO_ENTERPRISE = { name: '中国电力建设集团有限公司', creditCode: '91110000717825966F' };

/** A small realistic world across CSEE (electrical) and CSAE (automotive), plus the federation. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@cse.demo', displayName: '联合体管理员', role: GrantRole.FEDERATION_ADMIN },
  { email: 'committee@cse.demo', displayName: '评价委员会委员 周明', role: GrantRole.FEDERATION_COMMITTEE },
  { email: 'secretariat@cse.demo', displayName: '秘书处 陈静', role: GrantRole.FEDERATION_SECRETARIAT },
  { email: 'quality@cse.demo', displayName: '质量监督委员会 吴刚', role: GrantRole.QUALITY_SUPERVISION },
  { email: 'recommender@powerchina.demo', displayName: '电建集团人力资源部 孙丽', role: GrantRole.ENTERPRISE_RECOMMENDER, enterprise: DEMO_ENTERPRISE.name },
  { email: 'enterprise-admin@powerchina.demo', displayName: '电建集团人力资源部 主任 马骏', role: GrantRole.ENTERPRISE_ADMIN, enterprise: DEMO_ENTERPRISE.name },
  // An engineer of the enterprise who redeemed a recommendation code (the enterprise channel's pre-application).
  { email: 'engineer@powerchina.demo', displayName: '电建集团 工程师 何志远', role: GrantRole.APPLICANT, society: 'CSEE' },

  { email: 'staff@csee.demo', displayName: '电机工程学会 评价办 刘洋', role: GrantRole.SOCIETY_STAFF, society: 'CSEE' },
  { email: 'examiner1@csee.demo', displayName: '王建国', role: GrantRole.EXAMINER, society: 'CSEE',
    examiner: { grade: ExaminerGrade.FORMAL, field: 'ELECTRICAL', specialties: ['POWER_SYSTEM_AUTOMATION'], employer: '中国电力科学研究院有限公司' } },
  { email: 'examiner2@csee.demo', displayName: '李红梅', role: GrantRole.EXAMINER, society: 'CSEE',
    examiner: { grade: ExaminerGrade.FORMAL, field: 'ELECTRICAL', specialties: ['TRANSMISSION_DISTRIBUTION_UTILIZATION', 'ENERGY_POWER'], employer: '南方电网科学研究院有限责任公司' } },
  { email: 'examiner3@csee.demo', displayName: '赵志强', role: GrantRole.EXAMINER, society: 'CSEE',
    examiner: { grade: ExaminerGrade.TRAINEE, field: 'ELECTRICAL', specialties: ['AUTOMATION'], employer: '华北电力大学' } },
  { email: 'examiner4@csee.demo', displayName: '钱晓燕', role: GrantRole.EXAMINER, society: 'CSEE',
    examiner: { grade: ExaminerGrade.TRAINEE, field: 'ELECTRICAL', specialties: ['RAIL_TRANSIT_ELECTRIFICATION'], employer: '中铁电气化局集团有限公司' } },
  { email: 'applicant1@csee.demo', displayName: '张伟', role: GrantRole.APPLICANT, society: 'CSEE' },
  { email: 'applicant2@csee.demo', displayName: '黄丽娟', role: GrantRole.APPLICANT, society: 'CSEE' },
  { email: 'member1@csee.demo', displayName: '陈立新', role: GrantRole.APPLICANT, society: 'CSEE' },
  { email: 'member2@csee.demo', displayName: '许文博', role: GrantRole.APPLICANT, society: 'CSEE' },

  { email: 'staff@csae.demo', displayName: '汽车工程学会 评价办 马超', role: GrantRole.SOCIETY_STAFF, society: 'CSAE' },
  { email: 'examiner1@csae.demo', displayName: '郑国平', role: GrantRole.EXAMINER, society: 'CSAE',
    examiner: { grade: ExaminerGrade.FORMAL, field: 'AUTOMOTIVE', specialties: ['RESEARCH_DEVELOPMENT'], employer: '中国第一汽车集团有限公司' } },
  { email: 'examiner2@csae.demo', displayName: '冯雪', role: GrantRole.EXAMINER, society: 'CSAE',
    examiner: { grade: ExaminerGrade.FORMAL, field: 'AUTOMOTIVE', specialties: ['MANUFACTURING', 'MATERIALS'], employer: '上海汽车集团股份有限公司' } },
  { email: 'examiner3@csae.demo', displayName: '陈浩', role: GrantRole.EXAMINER, society: 'CSAE',
    examiner: { grade: ExaminerGrade.TRAINEE, field: 'AUTOMOTIVE', specialties: ['TESTING_EVALUATION'], employer: '中国汽车技术研究中心有限公司' } },
  { email: 'examiner4@csae.demo', displayName: '褚云', role: GrantRole.EXAMINER, society: 'CSAE',
    examiner: { grade: ExaminerGrade.TRAINEE, field: 'AUTOMOTIVE', specialties: ['STYLING_DESIGN'], employer: '比亚迪股份有限公司' } },
  { email: 'applicant1@csae.demo', displayName: '卫东', role: GrantRole.APPLICANT, society: 'CSAE' },
  { email: 'applicant2@csae.demo', displayName: '蒋思雨', role: GrantRole.APPLICANT, society: 'CSAE' },
];

/**
 * Registered CSEE members of the demo (issue 13): one whose certificate expires a month after the seeding day, so
 * re-registration is open; one suspended for missing CPD records, who may apply to be restored.
 */
export interface DemoMember {
  email: string;
  idNumber: string;
  employer: string;
  /** Months from the seeding day to the end of the validity. */
  expiresInMonths: number;
  suspendedFor?: string;
}

/** The demo's registered members. */
export const DEMO_MEMBERS: readonly DemoMember[] = [
  { email: 'member1@csee.demo', idNumber: '110105197803150614', employer: '国网北京市电力公司', expiresInMonths: 1 },
  { email: 'member2@csee.demo', idNumber: '310104198207220036', employer: '华东电力设计院有限公司', expiresInMonths: 30, suspendedFor: '2025 年度持续职业发展记录未提交（不足 50 学时）' },
];

/**
 * The enterprise channel's demo (seed 004): known recommendation codes (development only; real codes are random and
 * shown once). The first stays open to redeem, the second is redeemed by engineer@powerchina.demo.
 */
export const DEMO_RECOMMENDATION_CODES = { open: 'PWRCH-1NA00-DEM00-00001', redeemed: 'PWRCH-1NA00-DEM00-00002' } as const;
