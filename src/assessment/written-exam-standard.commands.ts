import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, EngineeringField, Society, SocietyField, WrittenExamStandard } from '../entities';
import type { WrittenExamReference } from '../entities/written-exam-standard.entity';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { allowPlatformAction } from '../policies/platform.policy';

/** What a society sets for one of its fields' written exam. */
export interface WrittenExamStandardInput {
  passMark: number;
  outline: string;
  references?: Array<{ title: string; link?: string | null }> | null;
}

/** One society's standard of a field as the federation compares them; the standard's columns are null when the society has none. */
export interface WrittenExamStandardComparisonRow {
  societyCode: string;
  societyNameZh: string;
  societyPassMark: number;
  passMark: number | null;
  published: boolean;
  publishedAt: Date | null;
  updatedAt: Date | null;
}

const MAX_OUTLINE = 20_000;
const MAX_REFERENCES = 50;
const HTTP_LINK = /^https?:\/\/[^\s]+$/i;

function bad(field: string, detail: string, detailZh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail, detailZh } });
}

function checkPassMark(passMark: number): number {
  if (!Number.isInteger(passMark) || passMark < 0 || passMark > 100) throw bad('input.passMark', 'a whole number from 0 to 100', '须为 0–100 的整数');
  return passMark;
}

function checkReferences(references: WrittenExamStandardInput['references']): WrittenExamReference[] {
  const list = references ?? [];
  if (list.length > MAX_REFERENCES) throw bad('input.references', `at most ${MAX_REFERENCES} reference materials`, `参考资料至多 ${MAX_REFERENCES} 项`);
  return list.map((reference, index) => {
    const title = checkText(reference.title, `input.references[${index}].title`, 300, true)!;
    const link = checkText(reference.link, `input.references[${index}].link`, 1000) ?? null;
    if (link !== null && !HTTP_LINK.test(link)) throw bad(`input.references[${index}].link`, 'an http(s) address', '须为 http(s) 网址');
    return { title, link };
  });
}

/** A raw row's timestamp as a Date (the driver may hand it over as text). */
function instant(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** The society in scope and the caller's right to set its standards (its staff, or a federation admin acting in it). */
function societyActingOn(ctx: CommandContext, action: 'setWrittenExamStandard' | 'publishWrittenExamStandard'): string {
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, action)) throw new AppError('FORBIDDEN');
  return ctx.scope.society.id;
}

/** The field named by code, which must be one the society evaluates. */
async function fieldOfSociety(ctx: CommandContext, societyId: string, fieldCode: string): Promise<EngineeringField> {
  const field = await ctx.em.findOne(EngineeringField, { code: fieldCode.trim().toUpperCase() });
  if (!field || !(await ctx.em.count(SocietyField, { society: societyId, field }))) {
    throw new AppError('FIELD_NOT_OF_SOCIETY', { field: 'fieldCode', params: { field: fieldCode, society: ctx.scope.society!.code } });
  }
  return field;
}

/** Staff (or a federation admin in the society) set the written-exam standard of one of its fields; a change is a draft until published. */
export async function setWrittenExamStandardCommand(ctx: CommandContext, fieldCode: string, input: WrittenExamStandardInput): Promise<WrittenExamStandard> {
  const societyId = societyActingOn(ctx, 'setWrittenExamStandard');
  const passMark = checkPassMark(input.passMark);
  const outline = checkText(input.outline, 'input.outline', MAX_OUTLINE, true)!;
  const references = checkReferences(input.references);
  const field = await fieldOfSociety(ctx, societyId, fieldCode);
  const updatedBy = ctx.em.getReference(Account, ctx.principal!.accountId);
  const existing = await ctx.em.findOne(WrittenExamStandard, { society: societyId, field });
  const standard = existing ?? ctx.em.create(WrittenExamStandard, { society: ctx.em.getReference(Society, societyId), field, passMark, outline, updatedBy, updatedAt: ctx.clock() });
  // A published standard that changes goes back to draft: applicants only ever see (and are judged by) what was published.
  Object.assign(standard, { passMark, outline, references, publishedAt: null, updatedBy, updatedAt: ctx.clock() });
  try {
    await ctx.em.flush();
  } catch (error) {
    // Two first versions saved at once: the unique pair decides, the second reloads and retries.
    if (error instanceof UniqueConstraintViolationException) throw new AppError('STALE_VERSION', { field: 'fieldCode' });
    throw error;
  }
  return standard;
}

/** Publishes the society's standard of the field: from now on the public sees it and outcomes of the field use its pass mark. */
export async function publishWrittenExamStandardCommand(ctx: CommandContext, fieldCode: string): Promise<WrittenExamStandard> {
  const societyId = societyActingOn(ctx, 'publishWrittenExamStandard');
  const field = await fieldOfSociety(ctx, societyId, fieldCode);
  const standard = await ctx.em.findOne(WrittenExamStandard, { society: societyId, field });
  if (!standard) throw new AppError('NOT_FOUND', { field: 'fieldCode' });
  standard.publishedAt ??= ctx.clock();
  await ctx.em.flush();
  return standard;
}

/** The published standards of the society in scope, for anyone (like the public notice). */
export async function publishedWrittenExamStandards(ctx: CommandContext): Promise<WrittenExamStandard[]> {
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  return ctx.em.find(WrittenExamStandard, { society: ctx.scope.society.id, publishedAt: { $ne: null } }, { populate: ['field'], orderBy: { field: { sortOrder: 'asc' } } });
}

/** Federation: every society of the field with its standard side by side (one statement), to keep them consistent (seed 000: 保持相对一致). */
export async function writtenExamStandardsByField(ctx: CommandContext, fieldCode: string): Promise<WrittenExamStandardComparisonRow[]> {
  if (!allowPlatformAction(ctx, 'writtenExamStandardsByField')) throw new AppError('FORBIDDEN');
  const rows = await ctx.em.execute<Array<{
    society_code: string | null; society_name_zh: string; society_pass_mark: number; pass_mark: number | null; published_at: Date | string | null; updated_at: Date | string | null;
  }>>(
    `select s.code as society_code, s.name_zh as society_name_zh, s.written_exam_pass_mark as society_pass_mark,
            w.pass_mark, w.published_at, w.updated_at
       from engineering_field f
       left join (society_field sf join society s on s.id = sf.society_id) on sf.field_id = f.id
       left join written_exam_standard w on w.society_id = sf.society_id and w.field_id = f.id
      where f.code = ?
      order by s.code`,
    [fieldCode.trim().toUpperCase()],
  );
  // The field itself is the query's first table: no row at all means no such field, a row without a society a field nobody evaluates yet.
  if (rows.length === 0) throw new AppError('NOT_FOUND', { field: 'fieldCode' });
  return rows.filter((row) => row.society_code !== null).map((row) => ({
    societyCode: row.society_code!, societyNameZh: row.society_name_zh, societyPassMark: row.society_pass_mark, passMark: row.pass_mark,
    published: row.published_at !== null, publishedAt: instant(row.published_at), updatedAt: instant(row.updated_at),
  }));
}
