import { Check, Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Assignment } from './assignment.entity';
import { DossierPart } from './dossier-part.entity';
import { RoleGrant } from './role-grant.entity';

/** One examiner's filled-in score sheet of one assessment and round (issue 10, seed 003 Appendices B and C). */
@Entity({ tableName: 'examiner_score_sheet' })
@Unique({ name: 'examiner_score_sheet_one_per_round', properties: ['application', 'examiner', 'sheetCode', 'assessment', 'round'] })
@Check({ name: 'examiner_score_sheet_kind_check', expression: `sheet_kind = 'QUANTITATIVE' or sheet_kind = 'COMPETENCY'` })
@Check({ name: 'examiner_score_sheet_assessment_check', expression: `assessment = 'MATERIALS' or assessment = 'INTERVIEW'` })
@Index({ properties: ['application', 'round'] })
export class ExaminerScoreSheet extends DossierPart {
  [OptionalProps]?: 'submittedAt';

  /** The assignment the examiner scored under (material review or interview panel). */
  @ManyToOne(() => Assignment, { deleteRule: 'restrict' })
  assignment!: Assignment;

  /** The examiner (their grant): one sheet of each kind per examiner and round, whatever the assignment. */
  @ManyToOne(() => RoleGrant, { deleteRule: 'restrict' })
  examiner!: RoleGrant;

  /** The assessment it was scored in: MATERIALS (material review) or INTERVIEW (a senior's Appendix B is scored in both). */
  @Property({ type: 'text' })
  assessment!: string;

  /** The sheet's code in its category (AUTOMOTIVE_B, AUTOMOTIVE_C3…). */
  @Property({ type: 'text' })
  sheetCode!: string;

  /** QUANTITATIVE or COMPETENCY (its part of the weighted result). */
  @Property({ type: 'text' })
  sheetKind!: string;

  /** The assessment round it belongs to (the material-review round, or the comprehensive-review round for interviews). */
  @Property({ type: 'integer' })
  round!: number;

  /** The examiner's entries as given (item, option / points / count). */
  @Property({ type: 'json' })
  entries!: Array<{ item: string; option?: string | null; points?: number | null; count?: number | null }>;

  /** Each item's points as computed by the scoring engine. */
  @Property({ type: 'json' })
  itemScores!: Array<{ item: string; points: number }>;

  @Property({ type: 'double', columnType: 'double precision' })
  total!: number;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();
}
