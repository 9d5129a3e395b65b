import type { Application } from '../entities';
import { AppError } from '../errors/app-error';
import type { Dossier } from '../dossier/dossier';
import { validateDossier } from '../dossier/validate-dossier';
import type { GuardName } from './procedure';

/** What guards may look at. */
export interface GuardInput {
  application: Application;
  today: string;
  /** Loaded only when a guard needs the whole dossier. */
  dossier: () => Promise<Dossier>;
}

/** Each named guard: resolves when the step may go ahead, otherwise throws its specific error. */
export const GUARDS: Record<GuardName, (input: GuardInput) => Promise<void>> = {
  async dossierComplete({ dossier }) {
    const issues = validateDossier(await dossier()).filter((issue) => issue.severity === 'BLOCKING');
    if (issues.length > 0) throw new AppError('APPLICATION_INCOMPLETE', { params: { count: issues.length }, issues });
  },
  async stageDeadlineNotPassed({ application, today }) {
    if (application.stageDeadline && today > application.stageDeadline) {
      throw new AppError('DEADLINE_PASSED', { params: { deadline: application.stageDeadline } });
    }
  },
  async stageDeadlinePassed({ application, today }) {
    if (!application.stageDeadline || today <= application.stageDeadline) {
      throw new AppError('DEADLINE_NOT_PASSED', { params: { deadline: application.stageDeadline ?? '-' } });
    }
  },
  async noEarlierClarification({ application }) {
    // The guide calls the clarification return the applicant's last full edit: there is no second one.
    if (application.clarificationReturns > 0) {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'returnForClarification (second time)' } });
    }
  },
  async membershipMarked({ application }) {
    if (application.societyMember === null || application.societyMember === undefined) {
      throw new AppError('BAD_USER_INPUT', {
        field: 'societyMember',
        params: { detail: 'mark whether the applicant is a society member before accepting', detailZh: '受理前须标注申请人是否为学会会员' },
      });
    }
  },
};
