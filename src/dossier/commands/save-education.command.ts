import { EducationEntry, type Application } from '../../entities';
import type { EducationLevel } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { replaceDossierList } from '../replace-dossier-list';
import { DOSSIER_LIMITS } from '../dossier-limits';
import { checkCount, checkPeriod, checkText } from '../input-checks';

/** One education period as the applicant enters it. */
export interface EducationInput {
  fromDate: string;
  toDate: string;
  school: string;
  major?: string | null;
  level: EducationLevel;
  degree?: string | null;
  qualifying?: boolean | null;
}

/** Replaces the education section with the given list (stored oldest first); at most one qualifying degree. */
export async function saveEducationCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, entries: EducationInput[]): Promise<Application> {
  checkCount(entries.length, DOSSIER_LIMITS.educationEntries, 'entries');
  const checked = entries.map((entry, index) => {
    const field = `entries[${index}]`;
    const period = checkPeriod(entry.fromDate, entry.toDate, field);
    return {
      fromDate: period.from,
      toDate: period.to!,
      school: checkText(entry.school, `${field}.school`, 200, true)!,
      major: checkText(entry.major, `${field}.major`, 200),
      level: entry.level,
      degree: checkText(entry.degree, `${field}.degree`, 100),
      qualifying: entry.qualifying ?? false,
    };
  });
  if (checked.filter((entry) => entry.qualifying).length > 1) {
    throw new AppError('BAD_USER_INPUT', { field: 'entries', params: { detail: 'mark one qualifying degree at most', detailZh: '只能标注一个申请依据的学历（学位）' } });
  }
  return replaceDossierList(ctx, applicationId, expectedVersion, 'saveEducation', EducationEntry, checked);
}
