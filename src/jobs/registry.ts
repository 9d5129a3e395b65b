import { DELIVER_NOTIFICATIONS } from '../notifications/delivery-job';
import type { JobDefinition } from './job-definition';
import { CALENDAR_WARNING_JOB } from './calendar-warning.job';
import { CANCEL_LAPSED_REGISTRATIONS } from './cancel-lapsed-registrations.job';
import { DEADLINE_REMINDERS_JOB } from './deadline-reminders.job';
import { LAPSE_APPLICATIONS_JOB } from './lapse-applications.job';
import { OVERDUE_DIGEST_JOB } from './overdue-digest.job';
import { REFRESH_CPD_REPORT } from './refresh-cpd-report.job';

/**
 * Every job of the platform, listed explicitly (no import side effects). Adding a line here is all a module does
 * to get a queue (created by the migration step), a worker in every API process and, with `cron`, a schedule.
 */
export const JOBS: readonly JobDefinition<any>[] = [DELIVER_NOTIFICATIONS, LAPSE_APPLICATIONS_JOB, DEADLINE_REMINDERS_JOB, OVERDUE_DIGEST_JOB, CALENDAR_WARNING_JOB, CANCEL_LAPSED_REGISTRATIONS, REFRESH_CPD_REPORT];
