import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, Enterprise, RecommendingUnitForm, RecommendingUnitFormRecipient, Society } from '../entities';
import { OverseasProjectStatus, OverseasProjectType } from '../entities/enums';
import type { OverseasProject, PlannedProject } from '../entities/recommending-unit-form.entity';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { enterpriseInScope } from '../tenancy/enterprise-scope';

/** The form as filed (推荐单位信息表, seed 004 附件 3). */
export interface RecommendingUnitFormInput {
  contactName: string;
  contactPhone: string;
  engineersPerBatch: number;
  overseasProjects: Array<Omit<OverseasProject, 'type' | 'status'> & { type: OverseasProjectType; status: OverseasProjectStatus }>;
  plannedProjects: PlannedProject[];
  /** The societies the form is sent to (seed 004: sent to the society, which opens rights): added to earlier ones. */
  sentToSocietyCodes?: string[] | null;
}

/** One problem of the form: its code, the field it concerns and the message in both languages. */
export interface FormIssue {
  code: string;
  field: string;
  messageZh: string;
  messageEn: string;
}

/** A form holds at most this many projects of each kind (the seed's table lists a handful; "可另附"). */
const MAX_PROJECTS = 100;
const MAX_TEXT = 200;

const issue = (code: string, field: string, messageZh: string, messageEn: string): FormIssue => ({ code, field, messageZh, messageEn });

function text(value: string | null | undefined, field: string, what: { zh: string; en: string }, issues: FormIssue[], required = true): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) issues.push(issue('REQUIRED', field, `请填写${what.zh}`, `${what.en} is required`));
    return undefined;
  }
  if (trimmed.length > MAX_TEXT) issues.push(issue('TOO_LONG', field, `${what.zh}不得超过 ${MAX_TEXT} 个字符`, `${what.en} must have at most ${MAX_TEXT} characters`));
  return trimmed;
}

function count(value: number, field: string, what: { zh: string; en: string }, issues: FormIssue[]): number {
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) issues.push(issue('NOT_A_COUNT', field, `${what.zh}须为非负整数`, `${what.en} must be a whole number, 0 or more`));
  return value;
}

/** Every problem of the form at once (a person fixing a long form wants the whole list), or none. */
export function validateRecommendingUnitForm(input: RecommendingUnitFormInput): { issues: FormIssue[]; form: Omit<RecommendingUnitFormInput, never> } {
  const issues: FormIssue[] = [];
  const at = 'input';
  const contactName = text(input.contactName, `${at}.contactName`, { zh: '联系人', en: 'The contact person' }, issues) ?? '';
  const contactPhone = input.contactPhone?.trim() ?? '';
  // A mainland mobile (seed: 手机号码) or a landline with area code.
  if (!/^1[3-9]\d{9}$/.test(contactPhone) && !/^0\d{2,3}-?\d{7,8}$/.test(contactPhone)) {
    issues.push(issue('PHONE_INVALID', `${at}.contactPhone`, '联系电话须为手机号码或带区号的固定电话', 'The contact phone must be a mobile number or a landline with its area code'));
  }
  if (!Number.isInteger(input.engineersPerBatch) || input.engineersPerBatch < 1) {
    issues.push(issue('BATCH_INVALID', `${at}.engineersPerBatch`, '每批次拟推荐人数须为正整数', 'Engineers per batch must be a whole number, 1 or more'));
  }
  if (input.overseasProjects.length === 0 && input.plannedProjects.length === 0) {
    // Seed 002/004: overseas project experience, or a posting abroad planned within 3 years.
    issues.push(issue('NO_PROJECTS', `${at}.overseasProjects`, '须至少填写一个海外重点项目或未来三年计划外派项目', 'Give at least one overseas key project or one project planned for the next 3 years'));
  }
  if (input.overseasProjects.length > MAX_PROJECTS) issues.push(issue('TOO_MANY', `${at}.overseasProjects`, `海外重点项目最多 ${MAX_PROJECTS} 个`, `At most ${MAX_PROJECTS} overseas projects`));
  if (input.plannedProjects.length > MAX_PROJECTS) issues.push(issue('TOO_MANY', `${at}.plannedProjects`, `计划外派项目最多 ${MAX_PROJECTS} 个`, `At most ${MAX_PROJECTS} planned projects`));
  const names = new Set<string>();
  const overseasProjects = input.overseasProjects.map((project, index) => {
    const field = `${at}.overseasProjects[${index}]`;
    const name = text(project.name, `${field}.name`, { zh: '项目名称', en: 'The project name' }, issues) ?? '';
    if (name && names.has(name)) issues.push(issue('DUPLICATE_PROJECT', `${field}.name`, '项目名称重复', 'The project is listed twice'));
    names.add(name);
    const countryOrRegion = text(project.countryOrRegion, `${field}.countryOrRegion`, { zh: '项目所在国家（地区）', en: 'The country or region' }, issues) ?? '';
    const chineseEngineersAbroad = count(project.chineseEngineersAbroad, `${field}.chineseEngineersAbroad`, { zh: '中方在外工程师人数', en: 'Chinese engineers abroad' }, issues);
    const foreignEngineersHired = count(project.foreignEngineersHired, `${field}.foreignEngineersHired`, { zh: '聘用外方工程师人数', en: 'Foreign engineers hired' }, issues);
    const meetingProfessionalBasics = count(project.meetingProfessionalBasics, `${field}.meetingProfessionalBasics`, { zh: '满足专业工程会员基本条件人数', en: 'Engineers meeting the PROFESSIONAL basics' }, issues);
    if (Number.isInteger(meetingProfessionalBasics) && Number.isInteger(chineseEngineersAbroad) && meetingProfessionalBasics > chineseEngineersAbroad) {
      issues.push(issue('MORE_THAN_ABROAD', `${field}.meetingProfessionalBasics`, '满足基本条件人数不得超过中方在外工程师人数', 'Cannot exceed the Chinese engineers abroad'));
    }
    return { name, countryOrRegion, type: project.type, status: project.status, chineseEngineersAbroad, foreignEngineersHired, meetingProfessionalBasics };
  });
  const plannedProjects = input.plannedProjects.map((project, index) => {
    const field = `${at}.plannedProjects[${index}]`;
    // The seed marks both "(如有)": optional, but a planned entry with neither says nothing.
    const name = text(project.name, `${field}.name`, { zh: '计划外派项目名称', en: 'The planned project' }, issues, false) ?? null;
    const countryOrRegion = text(project.countryOrRegion, `${field}.countryOrRegion`, { zh: '计划外派国家（地区）', en: 'The planned country or region' }, issues, false) ?? null;
    if (!name && !countryOrRegion) issues.push(issue('EMPTY_PLANNED', field, '计划外派项目须填写项目名称或国家（地区）', 'A planned project needs a name or a country or region'));
    return { name, countryOrRegion };
  });
  return { issues, form: { contactName, contactPhone, engineersPerBatch: input.engineersPerBatch, overseasProjects, plannedProjects } };
}

/** The societies a form is sent to, by code; an unknown one is refused on its position. */
async function recipientSocieties(ctx: CommandContext, codes: readonly string[]): Promise<Society[]> {
  const wanted = codes.map((code) => code.trim().toUpperCase());
  if (wanted.length === 0) return [];
  const societies = await ctx.em.find(Society, { code: { $in: [...new Set(wanted)] } });
  const unknown = wanted.findIndex((code) => !societies.some((society) => society.code === code));
  if (unknown >= 0) throw new AppError('UNKNOWN_SOCIETY', { field: `input.sentToSocietyCodes[${unknown}]`, params: { society: codes[unknown] } });
  return societies;
}

/** A society that reviews an enterprise's form. */
export interface ReviewingSociety {
  id: string;
  code: string;
  /** The form was sent to it (otherwise it only holds or held rights with the enterprise). */
  sentTo: boolean;
}

/**
 * The societies whose staff review the enterprise's form: those it was sent to and those it holds or held rights
 * with, as far as the viewer's row-level security shows them (a society's staff see their own society's rows only).
 */
export async function formReviewingSocieties(em: CommandContext['em'], enterpriseId: string): Promise<ReviewingSociety[]> {
  return em.execute<ReviewingSociety[]>(
    `select s.id, s.code, bool_or(x.sent_to) as "sentTo" from (
       select society_id, true as sent_to from recommending_unit_form_recipient where enterprise_id = ?
       union all select society_id, false from recommendation_right where enterprise_id = ?) x
     join society s on s.id = x.society_id group by s.id, s.code order by s.code`,
    [enterpriseId, enterpriseId],
  );
}

/** Files (or files again) the enterprise's recommending-unit form; every problem is refused at once. */
export async function submitRecommendingUnitFormCommand(ctx: CommandContext, input: RecommendingUnitFormInput): Promise<RecommendingUnitForm> {
  if (!allowPlatformAction(ctx, 'submitRecommendingUnitForm')) throw new AppError('FORBIDDEN');
  const enterpriseId = enterpriseInScope(ctx);
  const { issues, form } = validateRecommendingUnitForm(input);
  if (issues.length > 0) throw new AppError('RECOMMENDING_UNIT_FORM_INVALID', { field: issues[0].field, issues });
  const { em } = ctx;
  const sentTo = await recipientSocieties(ctx, input.sentToSocietyCodes ?? []);
  const existing = await em.findOne(RecommendingUnitForm, { enterprise: enterpriseId });
  const values = { ...form, submittedAt: ctx.clock(), submittedBy: em.getReference(Account, ctx.principal!.accountId) };
  const saved = existing ? Object.assign(existing, values) : em.create(RecommendingUnitForm, { ...values, enterprise: em.getReference(Enterprise, enterpriseId) });
  const earlier = sentTo.length ? await em.find(RecommendingUnitFormRecipient, { enterprise: enterpriseId, society: { $in: sentTo } }) : [];
  for (const society of sentTo) {
    const recipient = earlier.find((row) => row.society.id === society.id);
    if (recipient) Object.assign(recipient, { submittedAt: values.submittedAt, submittedBy: values.submittedBy });
    else em.create(RecommendingUnitFormRecipient, { enterprise: em.getReference(Enterprise, enterpriseId), society, submittedAt: values.submittedAt, submittedBy: values.submittedBy });
  }
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError('STALE_VERSION', { field: 'input' });
    throw error;
  }
  return saved;
}
