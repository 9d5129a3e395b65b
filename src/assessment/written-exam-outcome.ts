import type { EntityManager } from '@mikro-orm/postgresql';
import { Society, WrittenExamScore, WrittenExamStandard, type Application } from '../entities';
import { AssignmentKind } from '../entities/enums';
import { latestSitting } from './latest-sitting';
import { activeAssignments } from './load-candidates';

/** The latest sitting's result: the standing judges' average against the pass mark; passed is null until all have marked. */
export interface WrittenExamOutcome {
  average: number | null;
  passMark: number;
  passed: boolean | null;
}

/** One mark as the outcome counts it. */
export interface CountedMark {
  sittingId: string;
  assignmentId: string;
  score: number;
}

/** What counts: the latest sitting, marked by the judges standing now (a written-exam re-assessment brings new ones). */
export function writtenExamOutcome(marks: readonly CountedMark[], latestSittingId: string, judgeAssignmentIds: ReadonlySet<string>, passMark: number): WrittenExamOutcome {
  const counted = marks.filter((mark) => mark.sittingId === latestSittingId && judgeAssignmentIds.has(mark.assignmentId));
  const average = counted.length === 0 ? null : Math.round((counted.reduce((sum, mark) => sum + mark.score, 0) / counted.length) * 10) / 10;
  const complete = average !== null && judgeAssignmentIds.size > 0 && counted.length >= judgeAssignmentIds.size;
  return { average, passMark, passed: complete ? average >= passMark : null };
}

/**
 * The pass mark that applies: the published standard of the application's field in its society, else the society's
 * general pass mark (seed 000: 通过条件由获授权学会确定). A draft never judges anyone.
 */
export function applicablePassMark(publishedStandards: readonly Pick<WrittenExamStandard, 'field' | 'passMark'>[], fieldId: string, societyPassMark: number): number {
  return publishedStandards.find((standard) => standard.field.id === fieldId)?.passMark ?? societyPassMark;
}

/** The pass mark that applies to the application (see applicablePassMark). */
export async function passMarkFor(em: EntityManager, application: Application): Promise<number> {
  const standards = await em.find(WrittenExamStandard, { society: application.society.id, field: application.field.id, publishedAt: { $ne: null } });
  return applicablePassMark(standards, application.field.id, (await em.findOneOrFail(Society, { id: application.society.id })).writtenExamPassMark);
}

/** The written exam's outcome for an application, or null when no sitting is recorded. */
export async function loadWrittenExamOutcome(em: EntityManager, application: Application): Promise<WrittenExamOutcome | null> {
  const sitting = await latestSitting(em, application);
  if (!sitting) return null;
  const judges = await activeAssignments(em, application, AssignmentKind.PAPER_JUDGE);
  const marks = await em.find(WrittenExamScore, { sitting });
  return writtenExamOutcome(
    marks.map((mark) => ({ sittingId: mark.sitting.id, assignmentId: mark.assignment.id, score: mark.score })),
    sitting.id, new Set(judges.map((judge) => judge.id)), await passMarkFor(em, application),
  );
}
