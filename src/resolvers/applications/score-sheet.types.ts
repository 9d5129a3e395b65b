import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DossierPartObject } from './dossier-part-object';

/** A standard score to pick. */
@ObjectType('ScoreOption')
export class ScoreOptionType {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true }) labelZh!: string;
  @Field({ nullable: true }) labelEn!: string;
  @Field(() => Float, { nullable: true }) points!: number;
}

/** A band of a range the expert chooses in (both ends included). */
@ObjectType('ScoreBand')
export class ScoreBandType {
  @Field({ nullable: true }) labelZh!: string;
  @Field({ nullable: true }) labelEn!: string;
  @Field(() => Float, { nullable: true }) min!: number;
  @Field(() => Float, { nullable: true }) max!: number;
}

/** One item of a score sheet and its scoring rule. */
@ObjectType('ScoreItem')
export class ScoreItemType {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true }) nameZh!: string;
  @Field({ nullable: true }) nameEn!: string;
  @Field({ nullable: true, description: 'OPTIONS (enter `option`), RANGE (enter `points`) or COUNT (enter `count`)' }) rule!: string;
  @Field(() => Boolean, { nullable: true, description: 'An expert judgement every sheet must carry' }) required!: boolean;
  @Field(() => [ScoreOptionType], { nullable: true, description: 'OPTIONS: the standard scores' }) options?: ScoreOptionType[] | null;
  @Field(() => Boolean, { nullable: true, description: 'OPTIONS: several entries allowed, which add up' }) repeatable?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'RANGE: 1 (whole points) or 0.5' }) step?: number | null;
  @Field(() => Float, { nullable: true, description: 'RANGE: the highest score' }) max?: number | null;
  @Field(() => [ScoreBandType], { nullable: true, description: 'RANGE: the bands the score must lie in' }) bands?: ScoreBandType[] | null;
  @Field(() => String, { nullable: true, description: 'COUNT: the formula of n as the seed writes it' }) formula?: string | null;
  @Field(() => Float, { nullable: true, description: 'COUNT: points of the first output' }) first?: number | null;
  @Field(() => Float, { nullable: true, description: 'COUNT: points of each further output' }) next?: number | null;
  @Field(() => Float, { nullable: true, description: 'COUNT: the most the item gives' }) cap?: number | null;
  @Field(() => String, { nullable: true }) evidenceZh?: string | null;
  @Field(() => String, { nullable: true }) evidenceEn?: string | null;
}

/** A group of items under one cap. */
@ObjectType('ScoreGroup')
export class ScoreGroupType {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true }) nameZh!: string;
  @Field({ nullable: true }) nameEn!: string;
  @Field(() => Float, { nullable: true }) cap!: number;
  @Field(() => [ScoreItemType], { nullable: true }) items!: ScoreItemType[];
}

/** A section of a score sheet. */
@ObjectType('ScoreSection')
export class ScoreSectionType {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true }) nameZh!: string;
  @Field({ nullable: true }) nameEn!: string;
  @Field(() => Float, { nullable: true }) cap!: number;
  @Field(() => String, { nullable: true }) noteZh?: string | null;
  @Field(() => String, { nullable: true }) noteEn?: string | null;
  @Field(() => [ScoreGroupType], { nullable: true }) groups!: ScoreGroupType[];
}

/** A category's score sheet as published (seed 003 Appendix B, C.1–C.5). */
@ObjectType('ScoreSheet')
export class ScoreSheetType {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true, description: 'QUANTITATIVE or COMPETENCY' }) kind!: string;
  @Field(() => [String], { nullable: true, description: 'The grades whose examiners fill it in (empty: every scored grade)' }) grades!: string[];
  @Field({ nullable: true }) nameZh!: string;
  @Field({ nullable: true }) nameEn!: string;
  @Field({ nullable: true }) source!: string;
  @Field(() => Float, { nullable: true }) maximum!: number;
  @Field(() => [ScoreSectionType], { nullable: true }) sections!: ScoreSectionType[];
}

/** One entry of an examiner's sheet, as given. */
@ObjectType('ScoreEntry')
export class ScoreEntryType extends DossierPartObject {
  @Field({ nullable: true }) item!: string;
  @Field(() => String, { nullable: true }) option?: string | null;
  @Field(() => Float, { nullable: true }) points?: number | null;
  @Field(() => Int, { nullable: true }) count?: number | null;
}

/** One item's points as computed. */
@ObjectType('ItemScore')
export class ItemScoreType extends DossierPartObject {
  @Field({ nullable: true }) item!: string;
  @Field(() => Float, { nullable: true }) points!: number;
}

/** One examiner's filled-in score sheet. */
@ObjectType('ExaminerScoreSheet')
export class ExaminerScoreSheetType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field({ nullable: true, description: 'MATERIALS (material review) or INTERVIEW' }) assessment!: string;
  @Field(() => Int, { nullable: true }) round!: number;
  @Field({ nullable: true }) examinerName!: string;
  @Field({ nullable: true }) sheetCode!: string;
  @Field({ nullable: true }) sheetKind!: string;
  @Field(() => [ScoreEntryType], { nullable: true }) entries!: ScoreEntryType[];
  @Field(() => [ItemScoreType], { nullable: true }) itemScores!: ItemScoreType[];
  @Field(() => Float, { nullable: true }) total!: number;
  @Field({ nullable: true }) submittedAt!: Date;
}

/** The weighted result of the current round, with the society's weights and pass mark it was computed under. */
@ObjectType('ScoredResult')
export class ScoredResultType extends DossierPartObject {
  @Field(() => Boolean, { nullable: true, description: 'Whether the grade is scored on score sheets at all (false: every other field is null)' }) scored!: boolean;
  @Field(() => String, { nullable: true }) categoryCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The assessment whose sheets decide the pass: MATERIALS or INTERVIEW' }) assessment?: string | null;
  @Field(() => Int, { nullable: true }) round?: number | null;
  @Field(() => Int, { nullable: true }) examinersAssigned?: number | null;
  @Field(() => Int, { nullable: true, description: 'Examiners who submitted every sheet' }) examinersComplete?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Every standing examiner has submitted every sheet' }) complete?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Percent; null until the society sets it' }) quantitativeWeight?: number | null;
  @Field(() => Int, { nullable: true }) competencyWeight?: number | null;
  @Field(() => Float, { nullable: true }) passMark?: number | null;
  @Field(() => Float, { nullable: true, description: 'Average of the quantitative sheets (of examiners with both sheets)' }) quantitativeAverage?: number | null;
  @Field(() => Float, { nullable: true }) competencyAverage?: number | null;
  @Field(() => Float, { nullable: true, description: 'The weighted average' }) score?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'score ≥ passMark' }) passed?: boolean | null;
}

/** A society's weights and pass mark of a category's scored result. */
@ObjectType('ScoringSetting')
export class ScoringSettingType {
  @Field({ nullable: true }) categoryCode!: string;
  @Field(() => Int, { nullable: true }) quantitativeWeight!: number;
  @Field(() => Int, { nullable: true }) competencyWeight!: number;
  @Field(() => Float, { nullable: true }) passMark!: number;
  @Field({ nullable: true }) updatedAt!: Date;
}

/** One entry: an item and exactly one of option, points or count (as the item's rule asks). */
@InputType()
export class ScoreEntryInput {
  @Field() item!: string;
  @Field(() => String, { nullable: true }) option?: string | null;
  @Field(() => Float, { nullable: true }) points?: number | null;
  @Field(() => Int, { nullable: true }) count?: number | null;
}

/** An examiner's sheet for the current round. */
@InputType()
export class SubmitScoreSheetInput {
  @Field(() => ID) applicationId!: string;
  @Field({ description: 'The sheet (scoreSheetDefinitions), e.g. AUTOMOTIVE_B or AUTOMOTIVE_C3' }) sheetCode!: string;
  @Field(() => [ScoreEntryInput]) items!: ScoreEntryInput[];
}

/** The weights (whole percent, making 100) and the pass mark of a category's scored result. */
@InputType()
export class ScoringWeightsInput {
  @Field() categoryCode!: string;
  @Field(() => Int) quantitativeWeight!: number;
  @Field(() => Int) competencyWeight!: number;
  @Field(() => Float) passMark!: number;
}
