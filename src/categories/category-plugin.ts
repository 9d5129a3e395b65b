import type { Dossier } from '../dossier/dossier';
import type { DossierIssue } from '../dossier/dossier-issue';
import type { AssessmentMethod, EducationLevel } from '../entities/enums';
import type { TypeAccess } from '../policies/access-table';
import type { EligibilityResult } from './eligibility';
import type { ScoreSheetDefinition } from '../assessment/scoring/score-sheet';

/** A class type-graphql can read decorators from. */
export type GraphQLClass = new (...args: never[]) => object;

/**
 * The score sheets a category's examiners fill in (src/assessment/scoring/score-sheet.ts): a route's assessment names the
 * kinds it scores, and each kind resolves to the sheet of that kind for the grade (a sheet without `grades` serves all).
 */
export type ScoreSheetSlot = readonly ScoreSheetDefinition[];

/** A grade's basic conditions as data: each ladder uses the parts its rules need (stored as JSONB with the grade). */
export interface GradeConditionsData {
  /** Years of relevant work after the qualifying degree (general ladder). */
  minRelevantWorkYears?: number;
  /** Of which years of major engineering work (general ladder). */
  minMajorWorkYears?: number;
  /** Years in the field by education level: a level missing cannot reach the grade by the matrix (automotive 5.2). */
  minYearsInFieldByEducation?: Partial<Record<EducationLevel, number>>;
}

/** One grade of a ladder: its codes, names, order and basic conditions as text and as data. */
export interface GradeDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Position on the ladder, lowest first. */
  rank: number;
  /** The education requirement as the source document words it. */
  educationRequirementZh: string;
  /** Every basic condition as the source document words it. */
  basicConditionsZh: string;
  basicConditions: GradeConditionsData;
}

/** A grade ladder: its code (Grade.ladder) and its grades, lowest first. */
export interface LadderDefinition {
  code: string;
  grades: readonly GradeDefinition[];
}

/** One assessment of a grade's route. */
export interface RouteAssessment {
  method: AssessmentMethod;
  /** No applicant of the grade is registered without it, unless the simplified path skipped it. */
  required: boolean;
  /** The kinds of score sheet the examiners of this assessment fill in (none: the assessment is not scored). */
  scoreSheets: readonly string[];
  /** Whether the weighted result of this assessment's score sheets is the pass decision. */
  decidesPass: boolean;
}

/** Who registers an applicant who passed: the society itself, or the federation after its review. */
export type Registrar = 'SOCIETY' | 'FEDERATION';

/** How applicants of one grade are evaluated, approved and registered. */
export interface GradeRoute {
  /** The assessments that apply, in the procedure's order (material review, written exam, interview). */
  assessments: readonly RouteAssessment[];
  /** Whether material reviewers may conclude that no further assessment is needed. */
  materialsMayConclude: boolean;
  registeredBy: Registrar;
  /** Whether reviewers who do not recommend may suggest a lower grade (not for the lowest grade). */
  lowerGradeSuggestible: boolean;
}

/** The category's dossier fields: GraphQL types, validation and JSONB storage (saved by saveCategoryFields). */
export interface CategoryFieldSet {
  /** The GraphQL object type (a member of the CategoryFields union). */
  objectType: GraphQLClass;
  /** The GraphQL input type (a field of the one-of CategoryFieldsInput, named by the plug-in's code). */
  inputType: GraphQLClass;
  /** Checks the input (AppError with the field path under `path`) and answers what is stored, without `category`. */
  toStored(input: object, path: string): Record<string, unknown>;
  /** Turns stored JSON into the GraphQL object. */
  toObject(stored: Record<string, unknown>): object;
  /** Rows of the visibility matrix for the category's own GraphQL types (merged into the access table). */
  visibility: Readonly<Record<string, TypeAccess>>;
}

/** What the category's certificate shows besides the register's facts (name, field, grade, number, dates, photo). */
export interface CertificateDefinition {
  titleZh: string;
  titleEn: string;
  /** Who issues and registers it, in a sentence ({society}: the issuing society's name, {federation}: the federation's). */
  issuedByZh: string;
  issuedByEn: string;
  validYears: number;
}

/** A step the registered person may take next (shown with the registration). */
export interface NextStepDefinition {
  code: string;
  labelZh: string;
  labelEn: string;
  voluntary: boolean;
}

/**
 * An engineering category: one folder under src/categories and one line in registry.ts. It owns its grade ladder,
 * eligibility, grade routes, dossier fields, score sheets, visibility rows and certificate.
 */
export interface CategoryPlugin {
  /** Stored with the fields, so a dossier always knows which plug-in wrote them; the key of its one-of input. */
  code: string;
  /** The engineering fields it serves; '*' serves every field no other plug-in claims. */
  fieldCodes: readonly string[] | '*';
  ladder: LadderDefinition;
  /** The route of each grade of the ladder, by grade code. */
  routes: Readonly<Record<string, GradeRoute>>;
  fields: CategoryFieldSet;
  /** Further type-graphql resolvers of the category, if it has any. */
  resolvers?: readonly GraphQLClass[];
  /** What in the category's field set still blocks submission. */
  dossierIssues(dossier: Dossier): DossierIssue[];
  /** The basic conditions of the grade applied for. */
  eligibility(dossier: Dossier, asOf: string): EligibilityResult;
  /** The grade's mark in unified registration numbers ({grade}). */
  registrationGradeMarks: Readonly<Record<string, string>>;
  certificate: CertificateDefinition;
  /** What the registered person may do next (clause 9 of seed 003: voluntary federation membership). */
  nextStepsAfterRegistration: readonly NextStepDefinition[];
  /** The category's score sheets, where it has them. */
  scoreSheets?: ScoreSheetSlot;
}
