import { Achievement, type Application } from '../../entities';
import type { AchievementCategory } from '../../entities/enums';
import type { CommandContext } from '../../workflow/command-context';
import { replaceDossierList } from '../replace-dossier-list';
import { DOSSIER_LIMITS } from '../dossier-limits';
import { checkCount, checkDate, checkText } from '../input-checks';

/** One achievement as entered. */
export interface AchievementInput {
  category: AchievementCategory;
  date: string;
  title: string;
  role: string;
  description?: string | null;
}

/** Replaces the achievements (at most 6, seed 000). */
export async function saveAchievementsCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, achievements: AchievementInput[]): Promise<Application> {
  checkCount(achievements.length, DOSSIER_LIMITS.achievements, 'achievements');
  const checked = achievements.map((achievement, index) => {
    const field = `achievements[${index}]`;
    return {
      position: index,
      category: achievement.category,
      date: checkDate(achievement.date, `${field}.date`),
      title: checkText(achievement.title, `${field}.title`, 300, true)!,
      role: checkText(achievement.role, `${field}.role`, 100, true)!,
      description: checkText(achievement.description, `${field}.description`, 2000),
    };
  });
  return replaceDossierList(ctx, applicationId, expectedVersion, 'saveAchievements', Achievement, checked);
}
