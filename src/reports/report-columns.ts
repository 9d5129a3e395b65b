import type { ReportName } from './run-report';

/** One exported column: the row's key and its Chinese header. */
export interface ReportColumn {
  key: string;
  header: string;
}

const CELL: ReportColumn[] = [
  { key: 'societyCode', header: '学会' },
  { key: 'fieldCode', header: '工程技术领域' },
  { key: 'gradeCode', header: '会员级别' },
  { key: 'channel', header: '申请渠道' },
  { key: 'period', header: '统计月份' },
];

/** The columns of each report's export, in order, with Chinese headers. */
export const REPORT_COLUMNS: Record<ReportName, ReportColumn[]> = {
  funnel: [...CELL, { key: 'stage', header: '阶段' }, { key: 'entries', header: '进入数' }, { key: 'exits', header: '离开数' }, { key: 'inStage', header: '期末在该阶段数' }],
  'cycle-times': [
    ...CELL, { key: 'span', header: '阶段或全程' }, { key: 'finished', header: '已完成数' }, { key: 'p50Days', header: '中位用时（天）' },
    { key: 'p90Days', header: '90 分位用时（天）' }, { key: 'meanDays', header: '平均用时（天）' }, { key: 'finishedOverdue', header: '超期完成数' },
    { key: 'overdueShare', header: '超期比例' }, { key: 'openOverdue', header: '在办已超期数' }, { key: 'deadlineZh', header: '时限' },
  ],
  'examiner-workload': [
    { key: 'societyCode', header: '学会' }, { key: 'examinerName', header: '考官' }, { key: 'examinerId', header: '考官授权编号' },
    { key: 'fieldCode', header: '工程技术领域' }, { key: 'kind', header: '任务类型' }, { key: 'assigned', header: '分配数' }, { key: 'removed', header: '撤回数' },
    { key: 'completed', header: '完成数' }, { key: 'standing', header: '期末有效分配数' }, { key: 'meanTurnaroundHours', header: '平均用时（小时）' },
  ],
  registrations: [...CELL, { key: 'granted', header: '注册数' }, { key: 'expiring', header: '即将到期数' }],
  'cpd-compliance': [
    ...CELL.filter((column) => column.key !== 'period'), { key: 'year', header: '年度' }, { key: 'due', header: '应完成继续职业发展的注册人数' },
    { key: 'compliant', header: '达标人数' }, { key: 'shortOfHours', header: '学时不足人数' }, { key: 'compliantShare', header: '达标比例' },
    { key: 'requiredHours', header: '应完成学时' }, { key: 'hours', header: '已登记学时' }, { key: 'audited', header: '抽查人数' },
    { key: 'auditsRejected', header: '抽查未通过人数' }, { key: 'auditsPending', header: '抽查待定人数' }, { key: 'refreshedAt', header: '数据更新时间' },
  ],
  complaints: [
    { key: 'societyCode', header: '学会' }, { key: 'period', header: '受理月份' }, { key: 'handler', header: '处理方' }, { key: 'received', header: '受理数' },
    { key: 'awaitingAssignment', header: '待分派数' }, { key: 'assigned', header: '已分派数' }, { key: 'investigating', header: '调查中数' },
    { key: 'decided', header: '已作出处理决定数' }, { key: 'feedbackGiven', header: '已反馈数' }, { key: 'feedbackP50Days', header: '反馈用时中位数（天）' },
    { key: 'feedbackP90Days', header: '反馈用时 90 分位（天）' }, { key: 'feedbackLate', header: '超期反馈数' }, { key: 'openOverdue', header: '未反馈已超期数' },
  ],
  'written-exam-standards': [
    { key: 'fieldCode', header: '工程技术领域' }, { key: 'societyCode', header: '学会' }, { key: 'societyNameZh', header: '学会名称' },
    { key: 'passMark', header: '笔试合格分数线' }, { key: 'societyPassMark', header: '学会通用合格分数线' }, { key: 'published', header: '已发布' },
    { key: 'publishedAt', header: '发布时间' },
  ],
  'application-rounds': [
    { key: 'societyCode', header: '学会' }, { key: 'roundName', header: '申请批次' }, { key: 'closesOn', header: '截止日期' },
    { key: 'channel', header: '申请渠道' }, { key: 'received', header: '拟参加申请数' }, { key: 'awaitingScreening', header: '待审核数' },
    { key: 'approved', header: '审核通过数' }, { key: 'refused', header: '未通过数' }, { key: 'allocated', header: '联合体分配转入数' },
    { key: 'applicationsStarted', header: '已提交注册申请数' },
  ],
};
