import { ApplicationStage } from '../entities/enums';

/** The interview's improvement advice reaches the applicant only after registration (seed 000 "面试"). */
export function interviewAdviceShown(stage: ApplicationStage): boolean {
  return stage === ApplicationStage.REGISTERED;
}
