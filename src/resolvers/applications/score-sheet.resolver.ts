import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ScoreItemDefinition, ScoreSheetDefinition } from '../../assessment/scoring/score-sheet';
import { scoreSheetsOfCategory } from '../../assessment/scoring/scoring-route';
import { setScoringWeightsCommand } from '../../assessment/scoring/scoring-setting.commands';
import { submitScoreSheetCommand } from '../../assessment/scoring/submit-score-sheet.command';
import { ScoringSetting, type ExaminerScoreSheet } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { examinerGrantIds } from '../../auth/principal';
import { applicationFacts } from '../../policies/load-application';
import type { ApplicationFacts } from '../../policies/relations';
import { relationsOf } from '../../policies/relations';
import { visibleScoreSheets } from '../../policies/score-sheet.policy';
import { factsOfType } from './application.mappers';
import { ApplicationType } from './application.types';
import {
  ExaminerScoreSheetType, ScoredResultType, ScoreItemType, ScoreSheetType, ScoringSettingType, ScoringWeightsInput, SubmitScoreSheetInput,
} from './score-sheet.types';

/** An item's definition → GraphQL (the rule's parts flattened, each null where the rule has none). */
function toItemType(item: ScoreItemDefinition): ScoreItemType {
  const rule = item.rule;
  return {
    code: item.code, nameZh: item.name.zh, nameEn: item.name.en, rule: rule.kind, required: item.required ?? false,
    options: rule.kind === 'OPTIONS' ? rule.options.map((option) => ({ code: option.code, labelZh: option.label.zh, labelEn: option.label.en, points: option.points })) : null,
    repeatable: rule.kind === 'OPTIONS' ? rule.repeatable ?? false : null,
    step: rule.kind === 'RANGE' ? rule.step : null,
    max: rule.kind === 'RANGE' ? rule.max : null,
    bands: rule.kind === 'RANGE' ? (rule.bands ?? []).map((band) => ({ labelZh: band.label.zh, labelEn: band.label.en, min: band.min, max: band.max })) : null,
    formula: rule.kind === 'COUNT' ? rule.formula : null,
    first: rule.kind === 'COUNT' ? rule.first : null,
    next: rule.kind === 'COUNT' ? rule.next : null,
    cap: rule.kind === 'COUNT' ? rule.cap : null,
    evidenceZh: item.evidence?.zh ?? null, evidenceEn: item.evidence?.en ?? null,
  };
}

/** A sheet's definition → GraphQL. */
function toSheetType(sheet: ScoreSheetDefinition): ScoreSheetType {
  return {
    code: sheet.code, kind: sheet.kind, grades: [...(sheet.grades ?? [])], nameZh: sheet.name.zh, nameEn: sheet.name.en, source: sheet.source, maximum: sheet.maximum,
    sections: sheet.sections.map((section) => ({
      code: section.code, nameZh: section.name.zh, nameEn: section.name.en, cap: section.cap, noteZh: section.note?.zh ?? null, noteEn: section.note?.en ?? null,
      groups: section.groups.map((group) => ({ code: group.code, nameZh: group.name.zh, nameEn: group.name.en, cap: group.cap, items: group.items.map(toItemType) })),
    })),
  };
}

/** An examiner's stored sheet → GraphQL (every part carries the application's facts for the field policies). */
function toExaminerSheetType(sheet: ExaminerScoreSheet, examinerName: string, facts: ApplicationFacts): ExaminerScoreSheetType {
  return {
    applicationFacts: facts, id: sheet.id, assessment: sheet.assessment, round: sheet.round, examinerName, sheetCode: sheet.sheetCode, sheetKind: sheet.sheetKind,
    entries: sheet.entries.map((entry) => ({ applicationFacts: facts, item: entry.item, option: entry.option ?? null, points: entry.points ?? null, count: entry.count ?? null })),
    itemScores: sheet.itemScores.map((score) => ({ applicationFacts: facts, item: score.item, points: score.points })),
    total: sheet.total, submittedAt: sheet.submittedAt,
  };
}

/** Score sheets (issue 10): the published sheets, examiners' sheets and the weighted result, and the society's weights. */
@Resolver(() => ApplicationType)
export class ScoreSheetResolver {
  /** A category's score sheets as published (seed 003: Appendix B and C.1–C.5 for automotive); empty for a category without. */
  @Query(() => [ScoreSheetType], { nullable: true })
  scoreSheetDefinitions(@Arg('categoryCode') categoryCode: string): ScoreSheetType[] {
    return scoreSheetsOfCategory(categoryCode.trim().toLowerCase()).map(toSheetType);
  }

  /** The weights and pass marks the society in scope has set (its staff and the federation). */
  @Query(() => [ScoringSettingType], { nullable: true })
  async scoringSettings(@Ctx() ctx: RequestContext): Promise<ScoringSettingType[]> {
    if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
    const rows = await ctx.em.find(ScoringSetting, { society: ctx.scope.society.id }, { orderBy: { categoryCode: 'asc' } });
    return rows.map((row) => ({ categoryCode: row.categoryCode, quantitativeWeight: row.quantitativeWeight, competencyWeight: row.competencyWeight, passMark: row.passMark, updatedAt: row.updatedAt }));
  }

  /** The examiners' score sheets this viewer may see (independence: others' of a round only after one's own). */
  @FieldResolver(() => [ExaminerScoreSheetType], { nullable: true })
  async scoreSheets(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<ExaminerScoreSheetType[]> {
    const facts = factsOfType(application);
    const relations = await relationsOf(ctx, facts);
    const sheets = (await ctx.loaders.scoreSheetsByApplicationId.load(application.id)).map((sheet) => ({ round: sheet.round, examinerGrantId: sheet.examiner.id, sheet }));
    return visibleScoreSheets(relations, examinerGrantIds(ctx.principal), sheets).map(({ sheet }) => toExaminerSheetType(sheet, sheet.examiner.account.displayName, facts));
  }

  /** The weighted result of the current round with the society's weights and pass mark (`scored: false`: the grade is not scored). */
  @FieldResolver(() => ScoredResultType, { nullable: true })
  async scoredResult(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<ScoredResultType> {
    const scored = await ctx.loaders.scoredResultByApplicationId.load(application.id);
    if (!scored) return { applicationFacts: factsOfType(application), scored: false };
    return {
      applicationFacts: factsOfType(application), scored: true,
      categoryCode: scored.categoryCode, assessment: scored.assessment, round: scored.round, examinersAssigned: scored.examinersAssigned, examinersComplete: scored.examinersComplete,
      complete: scored.complete, quantitativeWeight: scored.weights?.quantitativeWeight ?? null, competencyWeight: scored.weights?.competencyWeight ?? null,
      passMark: scored.weights?.passMark ?? null, quantitativeAverage: scored.result?.quantitativeAverage ?? null,
      competencyAverage: scored.result?.competencyAverage ?? null, score: scored.result?.score ?? null, passed: scored.result?.passed ?? null,
    };
  }

  /** An examiner on the case scores one sheet of the current round. */
  @Mutation(() => ExaminerScoreSheetType, { nullable: true })
  async submitScoreSheet(@Ctx() ctx: RequestContext, @Arg('input') input: SubmitScoreSheetInput): Promise<ExaminerScoreSheetType> {
    const sheet = await submitScoreSheetCommand(ctx, input);
    return toExaminerSheetType(sheet, ctx.principal!.displayName, applicationFacts(sheet.application));
  }

  /** Society staff set the weights and the pass mark of a category's scored result. */
  @Mutation(() => ScoringSettingType, { nullable: true })
  async setScoringWeights(@Ctx() ctx: RequestContext, @Arg('input') input: ScoringWeightsInput): Promise<ScoringSettingType> {
    const row = await setScoringWeightsCommand(ctx, input);
    return { categoryCode: row.categoryCode, quantitativeWeight: row.quantitativeWeight, competencyWeight: row.competencyWeight, passMark: row.passMark, updatedAt: row.updatedAt };
  }
}
