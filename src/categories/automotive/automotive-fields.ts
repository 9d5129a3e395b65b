import { checkCount, checkDate, checkPeriod, checkText } from '../../dossier/input-checks';
import { AppError } from '../../errors/app-error';
import type { CategoryFieldSet } from '../category-plugin';
import type { ExceptionalGround, InternBasis, LearningKind, ProjectLevel, ProjectRole, ResearchOutputKind, SkillLevel } from './automotive-enums';
import {
  AutomotiveCategoryFields, AutomotiveCategoryFieldsInput, ExceptionalClaim, LearningActivity, Project, ResearchOutput, SkillCertificate, SkillPostPeriod,
} from './automotive-fields.types';

/** The automotive field set as stored (JSONB on the application, under category 'automotive'). */
export interface AutomotiveStored {
  studentInYear3OrAbove: boolean;
  skillCertificates: Array<{ level: SkillLevel; obtainedOn: string }>;
  skillPostPeriods: Array<{ fromDate: string; toDate: string | null }>;
  exceptionalClaims: Array<{ ground: ExceptionalGround; rank: number | null; title: string }>;
  learningActivities: Array<{ kind: LearningKind; date: string; title: string; minutes: number }>;
  projects: Array<{ title: string; level: ProjectLevel; role: ProjectRole; completedOn: string }>;
  researchOutputs: Array<{ kind: ResearchOutputKind; title: string; date: string }>;
  internBasis: InternBasis | null;
  studySummary: string | null;
  technicalWorkSummary: string | null;
}

/** Limits of the field set (a dossier is read by people: lists stay short). */
const MAX = { certificates: 5, periods: 10, claims: 10, activities: 100, projects: 20, outputs: 20, title: 200, summary: 20000, minutes: 100 * 60 } as const;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Reads stored JSON in the stored shape (missing parts empty), for the eligibility and the GraphQL object. */
export function readAutomotive(stored: Record<string, unknown>): AutomotiveStored {
  return {
    studentInYear3OrAbove: stored.studentInYear3OrAbove === true,
    skillCertificates: list(stored.skillCertificates),
    skillPostPeriods: list(stored.skillPostPeriods),
    exceptionalClaims: list(stored.exceptionalClaims),
    learningActivities: list(stored.learningActivities),
    projects: list(stored.projects),
    researchOutputs: list(stored.researchOutputs),
    internBasis: (text(stored.internBasis) as InternBasis | null) ?? null,
    studySummary: text(stored.studySummary),
    technicalWorkSummary: text(stored.technicalWorkSummary),
  };
}

/** Counts characters as a reader does: code points, ignoring whitespace (the dossier's rule for statements). */
export function summaryLength(value: string | null | undefined): number {
  return [...(value ?? '').replace(/\s+/g, '')].length;
}

function checkStored(input: AutomotiveCategoryFieldsInput, path: string): AutomotiveStored {
  const certificates = input.skillCertificates ?? [];
  const periods = input.skillPostPeriods ?? [];
  const claims = input.exceptionalClaims ?? [];
  const activities = input.learningActivities ?? [];
  const projects = input.projects ?? [];
  const outputs = input.researchOutputs ?? [];
  checkCount(certificates.length, MAX.certificates, `${path}.skillCertificates`);
  checkCount(periods.length, MAX.periods, `${path}.skillPostPeriods`);
  checkCount(claims.length, MAX.claims, `${path}.exceptionalClaims`);
  checkCount(activities.length, MAX.activities, `${path}.learningActivities`);
  checkCount(projects.length, MAX.projects, `${path}.projects`);
  checkCount(outputs.length, MAX.outputs, `${path}.researchOutputs`);
  return {
    studentInYear3OrAbove: input.studentInYear3OrAbove === true,
    skillCertificates: certificates.map((c, i) => ({ level: c.level, obtainedOn: checkDate(c.obtainedOn, `${path}.skillCertificates[${i}].obtainedOn`) })),
    skillPostPeriods: periods.map((p, i) => {
      const { from, to } = checkPeriod(p.fromDate, p.toDate, `${path}.skillPostPeriods[${i}]`);
      return { fromDate: from, toDate: to ?? null };
    }),
    exceptionalClaims: claims.map((c, i) => {
      if (c.rank !== null && c.rank !== undefined && (!Number.isInteger(c.rank) || c.rank < 1 || c.rank > 99)) {
        throw new AppError('BAD_USER_INPUT', { field: `${path}.exceptionalClaims[${i}].rank`, params: { detail: 'a rank from 1 to 99', detailZh: '排名须为1至99' } });
      }
      return { ground: c.ground, rank: c.rank ?? null, title: checkText(c.title, `${path}.exceptionalClaims[${i}].title`, MAX.title, true)! };
    }),
    learningActivities: activities.map((a, i) => {
      if (!Number.isInteger(a.minutes) || a.minutes < 1 || a.minutes > MAX.minutes) {
        throw new AppError('BAD_USER_INPUT', { field: `${path}.learningActivities[${i}].minutes`, params: { detail: `whole minutes from 1 to ${MAX.minutes}`, detailZh: `分钟数须为1至${MAX.minutes}的整数` } });
      }
      return { kind: a.kind, date: checkDate(a.date, `${path}.learningActivities[${i}].date`), title: checkText(a.title, `${path}.learningActivities[${i}].title`, MAX.title, true)!, minutes: a.minutes };
    }),
    projects: projects.map((p, i) => ({
      title: checkText(p.title, `${path}.projects[${i}].title`, MAX.title, true)!, level: p.level, role: p.role, completedOn: checkDate(p.completedOn, `${path}.projects[${i}].completedOn`),
    })),
    researchOutputs: outputs.map((o, i) => ({ kind: o.kind, title: checkText(o.title, `${path}.researchOutputs[${i}].title`, MAX.title, true)!, date: checkDate(o.date, `${path}.researchOutputs[${i}].date`) })),
    internBasis: input.internBasis ?? null,
    studySummary: checkText(input.studySummary, `${path}.studySummary`, MAX.summary) ?? null,
    technicalWorkSummary: checkText(input.technicalWorkSummary, `${path}.technicalWorkSummary`, MAX.summary) ?? null,
  };
}

const as = <T extends object>(Type: new () => T, value: object): T => Object.assign(new Type(), value);

/** The automotive field set: GraphQL types, validation, JSONB storage and its rows of the visibility matrix. */
export const AUTOMOTIVE_FIELDS: CategoryFieldSet = {
  objectType: AutomotiveCategoryFields,
  inputType: AutomotiveCategoryFieldsInput,
  toStored: (input, path) => ({ ...checkStored(input as AutomotiveCategoryFieldsInput, path) }),
  toObject: (raw) => {
    const stored = readAutomotive(raw);
    return as(AutomotiveCategoryFields, {
      ...stored,
      skillCertificates: stored.skillCertificates.map((c) => as(SkillCertificate, c)),
      skillPostPeriods: stored.skillPostPeriods.map((p) => as(SkillPostPeriod, p)),
      exceptionalClaims: stored.exceptionalClaims.map((c) => as(ExceptionalClaim, c)),
      learningActivities: stored.learningActivities.map((a) => as(LearningActivity, a)),
      projects: stored.projects.map((p) => as(Project, p)),
      researchOutputs: stored.researchOutputs.map((o) => as(ResearchOutput, o)),
      technicalWorkSummaryLength: summaryLength(stored.technicalWorkSummary),
    });
  },
  // Every part is dossier content: the matrix decides it like the general dossier's sections.
  visibility: {
    AutomotiveCategoryFields: 'seesDossierContent',
    AutomotiveSkillCertificate: 'seesDossierContent',
    AutomotiveSkillPostPeriod: 'seesDossierContent',
    AutomotiveExceptionalClaim: 'seesDossierContent',
    AutomotiveLearningActivity: 'seesDossierContent',
    AutomotiveProject: 'seesDossierContent',
    AutomotiveResearchOutput: 'seesDossierContent',
  },
};
