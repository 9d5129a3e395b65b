import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CpdAuditDraw, CpdSummary } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import {
  attachCpdEvidenceCommand, cpdRequirementsOf, detachCpdEvidenceCommand, recordCpdActivityCommand, saveCpdSummaryCommand, setCpdRequirementsCommand,
} from '../../cpd/cpd-record.commands';
import { decideCpdAuditCommand, drawCpdAuditCommand, submitCpdAuditEvidenceCommand } from '../../cpd/cpd-audit.commands';
import { cpdComplianceOfYear, cpdFiguresOfYear, type CpdYearCompliance } from '../../cpd/cpd-compliance';
import { cpdActivities, cpdAudits, type CpdActivityRow, type CpdAuditRow } from '../../cpd/cpd-read-model';
import { loadRegistrationFor, memberFacts } from '../../cpd/member-registration';
import { allowSocietyCpdAction, cpdComplianceReach, cpdFiguresReach } from '../../policies/member-record.policy';
import {
  CpdActivityInput, CpdActivityType, CpdAuditDrawType, CpdRequirementsType, CpdAuditType, CpdSummaryType, CpdYearComplianceType, CpdYearRecordType, SocietyCpdFiguresType,
} from './cpd.types';

function toActivity(row: CpdActivityRow): CpdActivityType {
  return { ...row, evidence: row.evidence.map((file) => ({ ...file, societyId: row.societyId, memberId: row.memberId })) };
}

function toAudit(row: CpdAuditRow): CpdAuditType {
  return { ...row };
}

function toCompliance(row: CpdYearCompliance): CpdYearComplianceType {
  return { ...row };
}

async function activityById(ctx: RequestContext, id: string): Promise<CpdActivityType> {
  const [row] = await cpdActivities(ctx.em, { activityId: id });
  return toActivity(row);
}

async function auditById(ctx: RequestContext, id: string): Promise<CpdAuditType> {
  const [row] = await cpdAudits(ctx.em, { auditId: id });
  return toAudit(row);
}

async function toDraw(ctx: RequestContext, draw: CpdAuditDraw): Promise<CpdAuditDrawType> {
  return {
    id: draw.id, societyId: draw.society.id, year: draw.year, ratePercent: draw.ratePercent, seed: draw.seed, population: draw.population,
    drawnAt: draw.drawnAt, audits: (await cpdAudits(ctx.em, { drawId: draw.id })).map(toAudit),
  };
}

/** CPD (持续职业发展) after registration: the member's record, the society's audit, everyone's compliance. */
@Resolver()
export class CpdResolver {
  /** One year of a member's CPD: compliance, activities with evidence, summary and audit (the member, staff, the federation). */
  @Query(() => CpdYearRecordType, { nullable: true })
  async cpdRecord(@Ctx() ctx: RequestContext, @Arg('registrationId', () => ID) registrationId: string, @Arg('year', () => Int) year: number): Promise<CpdYearRecordType> {
    const registration = await loadRegistrationFor(ctx, registrationId, 'readMemberRecord');
    const facts = memberFacts(registration);
    const [compliance] = await cpdComplianceOfYear(ctx.em, year, { registrationId, limit: 1 });
    const activities = await cpdActivities(ctx.em, { registrationId, from: `${year}-01-01`, to: `${year}-12-31` });
    const summary = await ctx.em.findOne(CpdSummary, { registration: registrationId, year });
    const [audit] = await cpdAudits(ctx.em, { registrationId, year });
    return {
      id: `${registrationId}:${year}`, ...facts,
      compliance: compliance ? toCompliance(compliance) : null,
      activities: activities.map(toActivity),
      summary: summary ? { id: summary.id, ...facts, year: summary.year, summary: summary.summary, updatedAt: summary.updatedAt } : null,
      audit: audit ? toAudit(audit) : null,
    };
  }

  /**
   * A year's compliance, computed in SQL, by registration number: a member sees their own registrations, staff their
   * society's members, the federation every society's (or the one in scope).
   */
  @Query(() => [CpdYearComplianceType], { nullable: true })
  async cpdCompliance(
    @Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number,
    @Arg('first', () => Int, { nullable: true }) first?: number, @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CpdYearComplianceType[]> {
    const limit = first ?? 50;
    const filter = cpdComplianceReach(ctx);
    if (!filter) throw new AppError('SOCIETY_REQUIRED');
    return (await cpdComplianceOfYear(ctx.em, year, { ...filter, afterNumber: after ?? undefined, limit })).map(toCompliance);
  }

  /** Per society, how many members met the year's CPD and how the audit went (staff: their society; the federation: all). */
  @Query(() => [SocietyCpdFiguresType], { nullable: true })
  async cpdFigures(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<SocietyCpdFiguresType[]> {
    const reach = cpdFiguresReach(ctx);
    if (!reach) throw new AppError('FORBIDDEN');
    return cpdFiguresOfYear(ctx.em, year, reach.societyId);
  }

  /** The society's audit draw of a year, or null before it is drawn. */
  @Query(() => CpdAuditDrawType, { nullable: true })
  async cpdAuditDraw(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<CpdAuditDrawType | null> {
    const society = ctx.scope.society;
    if (!society) throw new AppError('SOCIETY_REQUIRED');
    if (!allowSocietyCpdAction(ctx, 'readSocietyCpd', society.id)) throw new AppError('FORBIDDEN');
    const draw = await ctx.em.findOne(CpdAuditDraw, { society: society.id, year });
    return draw ? toDraw(ctx, draw) : null;
  }

  /** The member records a CPD activity. */
  @Mutation(() => CpdActivityType, { nullable: true })
  async recordCpdActivity(@Ctx() ctx: RequestContext, @Arg('input') input: CpdActivityInput): Promise<CpdActivityType> {
    return activityById(ctx, (await recordCpdActivityCommand(ctx, input)).id);
  }

  /** The member attaches an uploaded file (POST /files) as evidence of an activity. */
  @Mutation(() => CpdActivityType, { nullable: true })
  async attachCpdEvidence(@Ctx() ctx: RequestContext, @Arg('activityId', () => ID) activityId: string, @Arg('fileId', () => ID) fileId: string): Promise<CpdActivityType> {
    return activityById(ctx, (await attachCpdEvidenceCommand(ctx, activityId, fileId)).id);
  }

  /** The member removes an evidence file from an activity. */
  @Mutation(() => CpdActivityType, { nullable: true })
  async detachCpdEvidence(@Ctx() ctx: RequestContext, @Arg('activityId', () => ID) activityId: string, @Arg('fileId', () => ID) fileId: string): Promise<CpdActivityType> {
    return activityById(ctx, (await detachCpdEvidenceCommand(ctx, activityId, fileId)).id);
  }

  /** The member writes the year's development summary. */
  @Mutation(() => CpdSummaryType, { nullable: true })
  async saveCpdSummary(
    @Ctx() ctx: RequestContext, @Arg('registrationId', () => ID) registrationId: string, @Arg('year', () => Int) year: number, @Arg('summary') summary: string,
  ): Promise<CpdSummaryType> {
    const row = await saveCpdSummaryCommand(ctx, registrationId, year, summary);
    return { id: row.id, ...memberFacts(row.registration), year: row.year, summary: row.summary, updatedAt: row.updatedAt };
  }

  /** Sets the yearly CPD minimum and the audit rate of the society in scope. */
  @Mutation(() => CpdRequirementsType, { nullable: true })
  async setCpdRequirements(
    @Ctx() ctx: RequestContext, @Arg('minimumHours', () => Int) minimumHours: number, @Arg('auditRatePercent', () => Int) auditRatePercent: number,
  ): Promise<CpdRequirementsType> {
    const setting = await setCpdRequirementsCommand(ctx, minimumHours, auditRatePercent);
    return { societyCode: ctx.scope.society!.code, minimumHours: setting.minimumHours, auditRatePercent: setting.auditRatePercent, updatedAt: setting.updatedAt };
  }

  /** The CPD requirements of the society in scope: what every member there owes. */
  @Query(() => CpdRequirementsType, { nullable: true })
  async cpdRequirements(@Ctx() ctx: RequestContext): Promise<CpdRequirementsType> {
    const society = ctx.scope.society;
    if (!society) throw new AppError('SOCIETY_REQUIRED');
    return { societyCode: society.code, ...(await cpdRequirementsOf(ctx, society.id)) };
  }

  /** Staff draw the year's audit sample (once a year; the seed and population are kept). */
  @Mutation(() => CpdAuditDrawType, { nullable: true })
  async drawCpdAudit(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<CpdAuditDrawType> {
    return toDraw(ctx, await drawCpdAuditCommand(ctx, year));
  }

  /** The member drawn submits their evidence. */
  @Mutation(() => CpdAuditType, { nullable: true })
  async submitCpdAuditEvidence(@Ctx() ctx: RequestContext, @Arg('auditId', () => ID) auditId: string, @Arg('note') note: string): Promise<CpdAuditType> {
    return auditById(ctx, (await submitCpdAuditEvidenceCommand(ctx, auditId, note)).id);
  }

  /** Staff accept or reject the evidence (reasons required to reject). */
  @Mutation(() => CpdAuditType, { nullable: true })
  async decideCpdAudit(
    @Ctx() ctx: RequestContext, @Arg('auditId', () => ID) auditId: string, @Arg('accepted') accepted: boolean, @Arg('reasons', () => String, { nullable: true }) reasons?: string | null,
  ): Promise<CpdAuditType> {
    return auditById(ctx, (await decideCpdAuditCommand(ctx, auditId, accepted, reasons)).id);
  }
}
