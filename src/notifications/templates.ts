import { Language } from '../entities/enums';
import { JOB_TEMPLATES } from '../jobs/job-templates';
import type { RenderedMessage, TemplateParams } from './message';


type Render = (params: TemplateParams) => RenderedMessage;

/** Every kind of message, in Chinese and English. Adding a kind: a row here, then enqueue it (README, "Notifications"). */
export const TEMPLATES = {
  RETURNED_FOR_COMPLETION: {
    zh: (p) => ({
      subject: `申请材料需补正（${p.societyZh}）`,
      body: `您的工程会员申请材料经形式审查需要补正。\n需补正的内容：\n${list(p.items)}\n${line('说明', p.reason)}请于 ${p.deadline} 前完成补正并重新提交，逾期未补正的申请将失效。`,
    }),
    en: (p) => ({
      subject: `Your application needs completing (${p.societyEn})`,
      body: `The form check of your application found it incomplete.\nTo complete:\n${list(p.items)}\n${line('Note', p.reason)}Please complete and resubmit by ${p.deadline}; an application not completed in time lapses.`,
    }),
  },
  RETURNED_FOR_CLARIFICATION: {
    zh: (p) => ({
      subject: `申请需补充说明（${p.societyZh}）`,
      body: `您的工程会员申请经基本条件审查需要补充说明（此为最后一次完整修改）。\n${line('需说明的内容', p.reason)}${list(p.items)}\n请于 ${p.deadline} 前修改并重新提交。`,
    }),
    en: (p) => ({
      subject: `Your application needs clarifying (${p.societyEn})`,
      body: `The basic-conditions check of your application needs clarification (this is the last full edit).\n${line('To clarify', p.reason)}${list(p.items)}\nPlease revise and resubmit by ${p.deadline}.`,
    }),
  },
  SUPPLEMENT_REQUESTED: {
    zh: (p) => ({
      subject: `材料审查：请补充材料（${p.societyZh}）`,
      body: `考官在材料审查中请您补充材料（只可补充，不可修改）。\n${line('要求', p.reason)}${list(p.items)}`,
    }),
    en: (p) => ({
      subject: `Material review: please add evidence (${p.societyEn})`,
      body: `The examiners ask you to add to your dossier (additions only, no changes).\n${line('Request', p.reason)}${list(p.items)}`,
    }),
  },
  INTERVIEW_SCHEDULED: {
    zh: (p) => ({
      subject: `面试通知（${p.societyZh}）`,
      body: `请按照获授权学会的面试通知参加面试。\n时间：${p.scheduledAtZh}（北京时间）\n方式：${p.modeZh}\n地点或链接：${p.location}\n面试时请携带身份证件，面试组长将核对身份与出生日期。`,
    }),
    en: (p) => ({
      subject: `Interview notice (${p.societyEn})`,
      body: `Please attend your interview as the society notifies you.\nTime: ${p.scheduledAtZh} (China time)\nMode: ${p.modeEn}\nPlace or link: ${p.location}\nBring your identity card: the chief interviewer checks your identity and date of birth.`,
    }),
  },
  NOT_ACCEPTED: {
    zh: (p) => ({ subject: `申请不予受理（${p.societyZh}）`, body: `您的工程会员申请经基本条件审查，不予受理。\n理由：${p.reason}` }),
    en: (p) => ({ subject: `Application not accepted (${p.societyEn})`, body: `After the basic-conditions check your application is not accepted.\nReasons: ${p.reason}` }),
  },
  LAPSED: {
    zh: (p) => ({ subject: `申请已失效（${p.societyZh}）`, body: `您的工程会员申请因未在期限内补正或说明，已失效。` }),
    en: (p) => ({ subject: `Application lapsed (${p.societyEn})`, body: `Your application lapsed: it was not completed or clarified in time.` }),
  },
  NOT_REGISTERED: {
    zh: (p) => ({ subject: `不予注册的通知（${p.societyZh}）`, body: `经综合审议，您的工程会员申请不予注册。\n理由：${p.reason}` }),
    en: (p) => ({ subject: `Not registered (${p.societyEn})`, body: `After the comprehensive review your application is not registered.\nReasons: ${p.reason}` }),
  },
  REGISTRATION_STATUS_CHANGED: {
    zh: (p) => ({ subject: `注册状态变更：${p.registrationNumber}`, body: `您的工程会员注册（编号 ${p.registrationNumber}）状态已变更为"${p.statusZh}"。${p.reason ? `\n理由：${p.reason}` : ''}` }),
    en: (p) => ({ subject: `Registration status changed: ${p.registrationNumber}`, body: `Your registration ${p.registrationNumber} is now ${p.statusEn}.${p.reason ? `\nReasons: ${p.reason}` : ''}` }),
  },
  REREGISTRATION_GRANTED: {
    zh: (p) => ({ subject: `再注册已批准：${p.registrationNumber}`, body: `您的再注册申请已批准，注册编号 ${p.registrationNumber}。\n新的有效期：${p.validFrom} 至 ${p.validUntil}` }),
    en: (p) => ({ subject: `Re-registration granted: ${p.registrationNumber}`, body: `Your re-registration is granted (registration ${p.registrationNumber}).\nNew validity: ${p.validFrom} to ${p.validUntil}` }),
  },
  REREGISTRATION_REFUSED: {
    zh: (p) => ({ subject: `再注册未获批准：${p.registrationNumber}`, body: `您的再注册申请（注册编号 ${p.registrationNumber}）未获批准。\n理由：${p.reason}` }),
    en: (p) => ({ subject: `Re-registration refused: ${p.registrationNumber}`, body: `Your re-registration (registration ${p.registrationNumber}) is refused.\nReasons: ${p.reason}` }),
  },
  REGISTERED: {
    zh: (p) => ({
      subject: `注册成功：${p.registrationNumber}`,
      body: `恭喜！您已注册为${p.gradeZh}。\n注册编号：${p.registrationNumber}\n有效期：${p.validFrom} 至 ${p.validUntil}`,
    }),
    en: (p) => ({
      subject: `Registered: ${p.registrationNumber}`,
      body: `Congratulations: you are registered as ${p.gradeEn}.\nRegistration number: ${p.registrationNumber}\nValid from ${p.validFrom} to ${p.validUntil}`,
    }),
  },
  OBJECTION_UPHELD_REREVIEW: {
    zh: (p) => ({ subject: `公示异议处理结果（${p.societyZh}）`, body: `公示期间收到的异议经核实成立，您的申请将重新进行综合审议。\n处理意见：${p.reason}` }),
    en: (p) => ({ subject: `Objection decided (${p.societyEn})`, body: `An objection lodged during the public notice was upheld: your application returns to the comprehensive review.\nDecision: ${p.reason}` }),
  },
  OBJECTION_DISMISSED: {
    zh: (p) => ({ subject: `公示异议处理结果（${p.societyZh}）`, body: `公示期间收到的一项异议经核实不成立，已予驳回。` }),
    en: (p) => ({ subject: `Objection decided (${p.societyEn})`, body: `An objection lodged during the public notice was verified and dismissed.` }),
  },
  OBJECTION_DECIDED_FOR_OBJECTOR: {
    zh: (p) => ({ subject: `您提出的公示异议已处理（${p.societyZh}）`, body: `您对公示中 ${p.applicantName} 提出的异议已处理。\n结果：${p.outcomeZh}\n处理意见：${p.resolution}` }),
    en: (p) => ({ subject: `Your objection has been decided (${p.societyEn})`, body: `Your objection concerning ${p.applicantName} in the public notice has been decided.\nOutcome: ${p.outcomeEn}\nDecision: ${p.resolution}` }),
  },
  ACCOUNT_VERIFY_EMAIL: {
    zh: (p) => ({
      subject: '请验证您的邮箱以完成注册',
      body: `您在${p.societyZh}申请注册账号。请在 ${p.expiresAt} 前打开以下链接完成注册（仅可使用一次）：\n${p.link}\n验证码：${p.token}\n如非本人操作，请忽略本邮件。`,
    }),
    en: (p) => ({
      subject: 'Verify your email to complete signing up',
      body: `You signed up on the ${p.societyEn} portal. Open this link before ${p.expiresAt} to complete it (it works once):\n${p.link}\nCode: ${p.token}\nIf this was not you, ignore this message.`,
    }),
  },
  ACCOUNT_JOIN_SOCIETY: {
    zh: (p) => ({
      subject: '请确认以申请人身份加入学会',
      body: `您已有账号，并用其密码在${p.societyZh}申请注册为申请人。请在 ${p.expiresAt} 前打开以下链接确认（仅可使用一次）：\n${p.link}\n验证码：${p.token}\n如非本人操作，请立即修改密码。`,
    }),
    en: (p) => ({
      subject: 'Confirm joining a society as an applicant',
      body: `You already have an account and signed up with its password on the ${p.societyEn} portal. Open this link before ${p.expiresAt} to confirm (it works once):\n${p.link}\nCode: ${p.token}\nIf this was not you, change your password now.`,
    }),
  },
  ACCOUNT_SIGN_UP_ATTEMPT: {
    zh: (p) => ({
      subject: '有人尝试用您的邮箱注册',
      body: `有人在${p.societyZh}尝试用您的邮箱注册新账号。您已有账号，无需再次注册：请直接登录；如忘记密码，可申请重置密码。如非本人操作，请忽略本邮件。`,
    }),
    en: (p) => ({
      subject: 'Someone tried to sign up with your email',
      body: `Someone tried to sign up with your email on the ${p.societyEn} portal. You already have an account: log in, or reset your password if you have forgotten it. If this was not you, ignore this message.`,
    }),
  },
  PASSWORD_RESET: {
    zh: (p) => ({
      subject: '重置密码',
      body: `有人为您的账号申请了重置密码。请在 ${p.expiresAt} 前打开以下链接设置新密码（仅可使用一次）：\n${p.link}\n验证码：${p.token}\n如非本人操作，请忽略本邮件，您的密码不会改变。`,
    }),
    en: (p) => ({
      subject: 'Reset your password',
      body: `A password reset was asked for your account. Open this link before ${p.expiresAt} to set a new password (it works once):\n${p.link}\nCode: ${p.token}\nIf this was not you, ignore this message: your password stays as it is.`,
    }),
  },
  COMPLAINT_RECEIVED: {
    zh: (p) => ({
      subject: `收到投诉：${p.subject}`,
      body: `${p.handlerZh}收到一件投诉${p.escalated ? '（投诉人对处理结果有不同意见，提请复核）' : ''}，请受理并于 ${p.dueOn} 前向投诉人反馈处理结果。\n主题：${p.subject}`,
    }),
    en: (p) => ({
      subject: `Complaint received: ${p.subject}`,
      body: `${p.handlerEn} received a complaint${p.escalated ? ' (escalated: the complainant disagrees with the handling)' : ''}; please handle it and give the complainant feedback by ${p.dueOn}.\nSubject: ${p.subject}`,
    }),
  },
  COMPLAINT_FEEDBACK: {
    zh: (p) => ({ subject: `投诉处理结果：${p.subject}`, body: `您的投诉（${p.subject}）已处理完毕。\n处理结论：${p.outcomeZh}\n${line('理由', p.reasons)}反馈：${p.feedback}\n如对处理结果有不同意见，可向联合体秘书处书面反映。` }),
    en: (p) => ({ subject: `Outcome of your complaint: ${p.subject}`, body: `Your complaint (${p.subject}) has been handled.\nOutcome: ${p.outcomeEn}\n${line('Reasons', p.reasons)}Feedback: ${p.feedback}\nIf you disagree with the handling you may write to the federation secretariat.` }),
  },
  ...JOB_TEMPLATES,
} satisfies Record<string, Record<'zh' | 'en', Render>>;

/** A kind of message (a key of TEMPLATES). */
export type NotificationKind = keyof typeof TEMPLATES;

function list(items: TemplateParams[string]): string {
  const values = Array.isArray(items) ? items : [];
  return values.map((item, index) => `${index + 1}. ${item}`).join('\n');
}

function line(label: string, value: TemplateParams[string]): string {
  // Chinese labels take the full-width colon.
  const colon = /^[\x00-\x7f]*$/.test(label) ? ': ' : '：';
  return value ? `${label}${colon}${String(value)}\n` : '';
}

/** Renders a kind in a language. */
export function renderTemplate(kind: NotificationKind, language: Language, params: TemplateParams): RenderedMessage {
  const templates: Record<'zh' | 'en', Render> = TEMPLATES[kind];
  return templates[language === Language.EN ? 'en' : 'zh'](params);
}
