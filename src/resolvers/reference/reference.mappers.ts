import { CATEGORY_PLUGINS } from '../../categories/registry';
import type { GradeConditionsData } from '../../categories/category-plugin';
import { EducationLevel } from '../../entities/enums';
import type { CompetencyArea, CompetencyItem, EngineeringField, Grade, Society, Specialty } from '../../entities';
import { CompetencyAreaType, CompetencyItemType, EngineeringFieldType, GradeType, SocietyType, SpecialtyType } from './reference.types';

/** Society entity → GraphQL object. */
export function toSocietyType(society: Society): SocietyType {
  return Object.assign(new SocietyType(), {
    id: society.id, code: society.code, name: society.nameZh, nameEn: society.nameEn, status: society.status, suspendedAt: society.suspendedAt ?? null,
    clarificationWorkingDays: society.clarificationWorkingDays,
  });
}

/** Engineering field entity → GraphQL object. */
export function toFieldType(field: EngineeringField): EngineeringFieldType {
  return Object.assign(new EngineeringFieldType(), { id: field.id, code: field.code, name: field.nameZh, nameEn: field.nameEn });
}

/** Specialty entity → GraphQL object. */
export function toSpecialtyType(specialty: Specialty): SpecialtyType {
  return Object.assign(new SpecialtyType(), {
    id: specialty.id, code: specialty.code, name: specialty.nameZh, nameEn: specialty.nameEn, scope: specialty.scopeZh,
  });
}

/**
 * The GraphQL object made for each grade entity: a page of applications names a handful of grades (one entity each
 * per request, src/resolvers/applications/application-read.ts) and asked for the same object a hundred times.
 * Grades are reference data that no command changes in place; a reloaded grade is another entity, mapped anew.
 */
const gradeTypes = new WeakMap<Grade, GradeType>();

/** Grade entity → GraphQL object (made once per entity). */
export function toGradeType(grade: Grade): GradeType {
  let mapped = gradeTypes.get(grade);
  if (!mapped) gradeTypes.set(grade, (mapped = mapGrade(grade)));
  return mapped;
}

function mapGrade(grade: Grade): GradeType {
  const conditions = grade.basicConditions as GradeConditionsData;
  const route = CATEGORY_PLUGINS.find((plugin) => plugin.ladder.code === grade.ladder)?.routes[grade.code];
  return Object.assign(new GradeType(), {
    ladder: grade.ladder, code: grade.code, name: grade.nameZh, nameEn: grade.nameEn, rank: grade.rank,
    basicConditions: {
      minRelevantWorkYears: conditions.minRelevantWorkYears ?? null,
      minMajorWorkYears: conditions.minMajorWorkYears ?? null,
      minYearsInFieldByEducation: conditions.minYearsInFieldByEducation
        // In the order of the education levels (JSONB does not keep the keys' order).
        ? Object.values(EducationLevel).flatMap((education) => {
          const minYearsInField = conditions.minYearsInFieldByEducation?.[education];
          return minYearsInField === undefined ? [] : [{ education, minYearsInField }];
        })
        : null,
      education: grade.educationRequirementZh,
      text: grade.basicConditionsZh,
    },
    route: route ? { ...route, assessments: route.assessments.map((step) => ({ ...step, scoreSheets: [...step.scoreSheets] })) } : null,
  });
}

/** Competency area entity → GraphQL object. */
export function toCompetencyAreaType(area: CompetencyArea): CompetencyAreaType {
  return Object.assign(new CompetencyAreaType(), { code: area.code, name: area.nameZh, nameEn: area.nameEn });
}

/** Competency item entity → GraphQL object. */
export function toCompetencyItemType(item: CompetencyItem): CompetencyItemType {
  return Object.assign(new CompetencyItemType(), {
    code: item.code, areaCode: item.area.code, professionalWording: item.professionalZh, seniorWording: item.seniorZh, evidenceExamples: item.evidenceExamplesZh,
  });
}
