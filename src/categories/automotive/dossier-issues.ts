import type { Dossier } from '../../dossier/dossier';
import { blocking, type DossierIssue } from '../../dossier/dossier-issue';
import { readAutomotive, summaryLength } from './automotive-fields';
import { SUMMARY_REQUIREMENTS } from './rules';

/** What in the automotive field set blocks submission: the grade's summary and its length (§5.5.3–5.5.4, Appendix B). */
export function automotiveDossierIssues(dossier: Dossier): DossierIssue[] {
  const requirement = SUMMARY_REQUIREMENTS[dossier.grade.code];
  if (!requirement) return [];
  const fields = readAutomotive(dossier.application.categoryFields ?? {});
  const length = summaryLength(fields[requirement.field]);
  const field = `categoryFields.${requirement.field}`;
  if (length === 0) {
    return requirement.field === 'studySummary'
      ? [blocking('REQUIRED', field, '请填写学习或实习总结（5.5.3）', 'Write the study or internship summary (5.5.3)')]
      : [blocking('REQUIRED', field, '请填写技术工作总结（5.5.4）', 'Write the technical work summary (5.5.4)')];
  }
  return length < requirement.minCharacters
    ? [blocking('SUMMARY_TOO_SHORT', field, `技术工作总结须不少于 ${requirement.minCharacters} 字，当前 ${length} 字`, `The technical work summary needs at least ${requirement.minCharacters} characters; it has ${length}`)]
    : [];
}
