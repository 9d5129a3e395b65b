import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Account, CpdAudit, CpdAuditDraw } from '../entities';
import { CpdAuditStatus } from '../entities/enums';
import { CPD_DEFAULTS } from '../entities/cpd-setting.entity';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { isUuid } from '../common/is-uuid';
import { chinaToday } from '../workflow/working-day-calendar';
import { allowMemberRecordAction, allowSocietyCpdAction } from '../policies/member-record.policy';
import { memberFacts } from './member-registration';

/**
 * Draws a society's CPD audit sample for a year, once: idempotent and safe to run concurrently (the draw is unique
 * per society and year; a second run finds the first). The population is the society's ACTIVE registrations valid
 * during the year; the sample is ceil(population × rate / 100) of them ordered by md5(seed || id), so anyone can
 * re-derive it from the stored seed and population. Each member drawn is asked for evidence (EVIDENCE_REQUESTED).
 * Scheduled work calls it with no `drawnBy`, in a transaction that may write the society's rows (RLS).
 */
export async function drawCpdAuditSample(
  em: EntityManager, societyId: string, year: number, now: Date, drawnBy?: string,
): Promise<{ draw: CpdAuditDraw; created: boolean }> {
  const run = <T extends object[]>(sql: string, params: unknown[]) => em.getConnection().execute<T>(sql, params, 'all', em.getTransactionContext());
  const id = randomUUID();
  const inserted = await run<Array<{ id: string }>>(
    `insert into cpd_audit_draw (id, society_id, year, rate_percent, seed, population, drawn_by_id, drawn_at)
     select ?, s.id, ?, coalesce((select cs.audit_rate_percent from cpd_setting cs where cs.society_id = s.id), ${CPD_DEFAULTS.auditRatePercent}), ?,
       coalesce((select jsonb_agg(r.id order by r.id) from registration r
                 where r.society_id = s.id and r.status = 'ACTIVE' and r.valid_from <= make_date(?, 12, 31) and r.valid_until >= make_date(?, 1, 1)), '[]'::jsonb),
       ?, ?
     from society s where s.id = ?
     on conflict (society_id, year) do nothing returning id`,
    [id, year, randomBytes(16).toString('hex'), year, year, drawnBy ?? null, now, societyId],
  );
  const created = inserted.length === 1;
  if (created) {
    await run(
      `insert into cpd_audit (id, society_id, registration_id, draw_id, year, status, requested_at)
       select gen_random_uuid(), x.society_id, x.registration_id, x.draw_id, x.year, 'EVIDENCE_REQUESTED', x.drawn_at
       from (select d.society_id, (p.value #>> '{}')::uuid as registration_id, d.id as draw_id, d.year, d.drawn_at, d.rate_percent,
                    jsonb_array_length(d.population) as population,
                    row_number() over (order by md5(d.seed || (p.value #>> '{}'))) as rank
             from cpd_audit_draw d, jsonb_array_elements(d.population) p where d.id = ?) x
       where x.rank <= ceil(x.population * x.rate_percent / 100.0)`,
      [id],
    );
  }
  const draw = await em.findOneOrFail(CpdAuditDraw, { society: societyId, year }, { refresh: true });
  return { draw, created };
}

/** Staff draw the year's audit sample of their society; a second draw of the same year is refused. */
export async function drawCpdAuditCommand(ctx: CommandContext, year: number): Promise<CpdAuditDraw> {
  const societyId = ctx.scope.society?.id;
  if (!societyId) throw new AppError('SOCIETY_REQUIRED');
  if (!allowSocietyCpdAction(ctx, 'auditCpd', societyId)) throw new AppError('FORBIDDEN');
  if (year > Number(chinaToday(ctx.clock()).slice(0, 4))) {
    throw new AppError('BAD_USER_INPUT', { field: 'year', params: { detail: 'a year that has begun', detailZh: '须为已开始的年度' } });
  }
  const { draw, created } = await drawCpdAuditSample(ctx.em, societyId, year, ctx.clock(), ctx.principal!.accountId);
  if (!created) throw new AppError('ALREADY_EXISTS', { field: 'year', params: { what: `The CPD audit draw of ${year}`, whatZh: `${year} 年度的持续职业发展抽查` } });
  return draw;
}

/** The audit by id, locked, for an action: NOT_FOUND for those who may not read the member's record. */
async function loadAuditFor(ctx: CommandContext, auditId: string, action: 'keepCpdRecord' | 'auditCpd'): Promise<CpdAudit> {
  const audit = isUuid(auditId) ? await ctx.em.findOne(CpdAudit, { id: auditId }, { populate: ['registration'], lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!audit || !allowMemberRecordAction(ctx, 'readMemberRecord', memberFacts(audit.registration))) throw new AppError('NOT_FOUND', { field: 'auditId' });
  if (!allowMemberRecordAction(ctx, action, memberFacts(audit.registration))) throw new AppError('FORBIDDEN', { field: 'auditId' });
  return audit;
}

/** The member drawn answers with their evidence (the files stay on the activities; the note says what is where). */
export async function submitCpdAuditEvidenceCommand(ctx: CommandContext, auditId: string, note: string): Promise<CpdAudit> {
  const text = checkText(note, 'note', 5000, true)!;
  const audit = await loadAuditFor(ctx, auditId, 'keepCpdRecord');
  if (audit.status !== CpdAuditStatus.EVIDENCE_REQUESTED) throw new AppError('CPD_AUDIT_STEP_NOT_OPEN', { field: 'auditId', params: { status: audit.status } });
  Object.assign(audit, { status: CpdAuditStatus.EVIDENCE_SUBMITTED, evidenceNote: text, submittedAt: ctx.clock() });
  await ctx.em.flush();
  return audit;
}

/** Staff accept or reject the evidence; a rejection gives its reasons. */
export async function decideCpdAuditCommand(ctx: CommandContext, auditId: string, accepted: boolean, reasons?: string | null): Promise<CpdAudit> {
  const text = checkText(reasons, 'reasons', 5000, !accepted);
  const audit = await loadAuditFor(ctx, auditId, 'auditCpd');
  if (audit.status !== CpdAuditStatus.EVIDENCE_SUBMITTED) throw new AppError('CPD_AUDIT_STEP_NOT_OPEN', { field: 'auditId', params: { status: audit.status } });
  Object.assign(audit, {
    status: accepted ? CpdAuditStatus.ACCEPTED : CpdAuditStatus.REJECTED, reasons: text,
    decidedBy: ctx.em.getReference(Account, ctx.principal!.accountId), decidedAt: ctx.clock(),
  });
  await ctx.em.flush();
  return audit;
}
