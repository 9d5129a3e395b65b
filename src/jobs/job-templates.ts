import type { RenderedMessage, TemplateParams } from '../notifications/message';

type Render = (params: TemplateParams) => RenderedMessage;

const lines = (items: TemplateParams[string]): string => (Array.isArray(items) ? items.join('\n') : '');

/**
 * The scheduled jobs' messages in Chinese and English (spread into TEMPLATES): deadline reminders, the staff's
 * overdue digest, the federation's calendar warning.
 */
export const JOB_TEMPLATES = {
  RETURN_DUE_SOON: {
    zh: (p) => ({
      subject: `补正期限将至（${p.societyZh}）`,
      body: `您的工程会员申请需在 ${p.deadline} 前${p.whatZh}并重新提交，还剩 ${p.workingDaysLeft} 个工作日。逾期未提交的申请将失效。`,
    }),
    en: (p) => ({
      subject: `Your deadline is near (${p.societyEn})`,
      body: `Your application must be ${p.whatEn} and resubmitted by ${p.deadline}: ${p.workingDaysLeft} working day(s) left. An application not resubmitted in time lapses.`,
    }),
  },
  EVALUATION_DEADLINE_NEAR: {
    zh: (p) => ({
      subject: `评价期限将至：${p.name}（${p.societyZh}）`,
      body: `${p.name} 的工程能力评价申请于 ${p.acceptedOn} 受理，学会须在 ${p.deadline} 前完成评价，距今已不足一个月。\n当前阶段：${p.stageZh}`,
    }),
    en: (p) => ({
      subject: `Evaluation deadline near: ${p.name} (${p.societyEn})`,
      body: `The application of ${p.name}, accepted on ${p.acceptedOn}, must be evaluated by ${p.deadline}: less than a month from now.\nCurrent stage: ${p.stageEn}`,
    }),
  },
  REREGISTRATION_WINDOW_OPEN: {
    zh: (p) => ({
      subject: `再注册窗口已开放（注册编号 ${p.registrationNumber}）`,
      body: `您的工程会员注册（编号 ${p.registrationNumber}）有效期至 ${p.validUntil}。再注册窗口已于 ${p.opensOn} 开放，至 ${p.closesOn} 关闭；新的有效期自原到期日起计算 5 年。请向 ${p.societyZh} 申请再注册。`,
    }),
    en: (p) => ({
      subject: `Re-registration is open (registration ${p.registrationNumber})`,
      body: `Your registration ${p.registrationNumber} is valid until ${p.validUntil}. Re-registration opened on ${p.opensOn} and closes on ${p.closesOn}; the new 5-year validity runs from the old expiry date. Apply to ${p.societyEn}.`,
    }),
  },
  OVERDUE_DIGEST: {
    zh: (p) => ({
      subject: `逾期申请日报：${p.count} 件（${p.societyZh}，${p.today}）`,
      body: `截至 ${p.today}，以下 ${p.count} 件申请已超过期限：\n${lines(p.linesZh)}${p.more ? `\n……另有 ${p.more} 件，请在工作队列中按“逾期”筛选查看。` : ''}`,
    }),
    en: (p) => ({
      subject: `Overdue applications: ${p.count} (${p.societyEn}, ${p.today})`,
      body: `As of ${p.today}, these ${p.count} applications are past their deadline:\n${lines(p.linesEn)}${p.more ? `\n… and ${p.more} more: filter the work queue by "overdue".` : ''}`,
    }),
  },
  CALENDAR_ARRANGEMENT_MISSING: {
    zh: (p) => ({
      subject: `${p.year} 年节假日安排尚未载入`,
      body: `工作日日历尚无 ${p.year} 年的节假日安排（国务院办公厅通知）。跨入 ${p.year} 年的期限暂时只按周末计算，可能不准确，并在显示处标注“未确认”。通知发布后，请用 loadHolidayArrangement 载入 ${p.year} 年的安排，受影响的期限会随之调整。`,
    }),
    en: (p) => ({
      subject: `The ${p.year} holiday arrangement is not loaded yet`,
      body: `The working-day calendar has no holiday arrangement for ${p.year} (State Council notice). Deadlines reaching into ${p.year} count weekends only for now and are shown as unconfirmed. Once the notice is out, load it with loadHolidayArrangement; the affected deadlines move with it.`,
    }),
  },
} satisfies Record<string, Record<'zh' | 'en', Render>>;
