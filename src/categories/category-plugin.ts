import type { Dossier } from '../dossier/dossier';
import type { DossierIssue } from '../dossier/dossier-issue';
import type { EligibilityResult } from '../workflow/eligibility';
import type { AssessmentMethod } from '../entities/enums';

/**
 * What an engineering category plugs in: its dossier field set (GraphQL types and a resolver that saves it,
 * stored as JSONB on the application), the completeness checks of that field set, and its eligibility rule.
 */
/** A class type-graphql can read decorators from. */
export type GraphQLClass = new (...args: never[]) => object;

export interface CategoryPlugin {
  /** Stored with the fields, so a dossier always knows which plug-in wrote them. */
  code: string;
  /** The engineering fields it serves; '*' serves every field no other plug-in claims. */
  fieldCodes: readonly string[] | '*';
  /** The grade ladder the category uses. */
  ladder: string;
  /** type-graphql classes the schema must include (object type of the field set, its resolver). */
  resolvers: readonly GraphQLClass[];
  /** The GraphQL object type of the field set (a member of the CategoryFields union). */
  objectType: GraphQLClass;
  /** Turns stored JSON into the field set's GraphQL object. */
  toObject(stored: Record<string, unknown>): object;
  /** What in the category's field set still blocks submission. */
  dossierIssues(dossier: Dossier): DossierIssue[];
  /** The basic conditions of the category's grades. */
  eligibility(dossier: Dossier, asOf: string): EligibilityResult;
  /** The assessments no applicant of a grade is registered without, unless the simplified path skipped them. */
  minimumAssessments(gradeCode: string): readonly AssessmentMethod[];
  /** The grade's mark in unified registration numbers ({grade}). */
  registrationGradeMark(gradeCode: string): string;
}
