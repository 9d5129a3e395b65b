import { WorkHistoryEntry, type Application } from '../../entities';
import type { MajorWorkKind } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { replaceDossierList } from '../replace-dossier-list';
import { DOSSIER_LIMITS } from '../dossier-limits';
import { checkCount, checkPeriod, checkText } from '../input-checks';

/** One post as the applicant enters it. */
export interface WorkHistoryInput {
  fromDate: string;
  toDate?: string | null;
  employer: string;
  department?: string | null;
  position: string;
  refereeName: string;
  refereeContact: string;
  majorEngineeringWork?: boolean | null;
  majorWorkKind?: MajorWorkKind | null;
}

/** Replaces the work history with the given list (stored oldest first); a major-work post names its kind. */
export async function saveWorkHistoryCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, entries: WorkHistoryInput[]): Promise<Application> {
  checkCount(entries.length, DOSSIER_LIMITS.workHistoryEntries, 'entries');
  const checked = entries.map((entry, index) => {
    const field = `entries[${index}]`;
    const period = checkPeriod(entry.fromDate, entry.toDate, field);
    const major = entry.majorEngineeringWork ?? false;
    if (major && !entry.majorWorkKind) {
      throw new AppError('BAD_USER_INPUT', { field: `${field}.majorWorkKind`, params: { detail: 'say which kind of major engineering work', detailZh: '请选择重要工程工作的类型' } });
    }
    return {
      fromDate: period.from,
      toDate: period.to,
      employer: checkText(entry.employer, `${field}.employer`, 200, true)!,
      department: checkText(entry.department, `${field}.department`, 200),
      position: checkText(entry.position, `${field}.position`, 100, true)!,
      refereeName: checkText(entry.refereeName, `${field}.refereeName`, 50, true)!,
      refereeContact: checkText(entry.refereeContact, `${field}.refereeContact`, 100, true)!,
      majorEngineeringWork: major,
      majorWorkKind: major ? entry.majorWorkKind ?? undefined : undefined,
    };
  });
  return replaceDossierList(ctx, applicationId, expectedVersion, 'saveWorkHistory', WorkHistoryEntry, checked);
}
