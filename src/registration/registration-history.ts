import type { EntityManager } from '@mikro-orm/postgresql';
import type { Registration } from '../entities';
import { recordApplicationEvent } from '../workflow/application-events';
import { ApplicationStage, type RegistrationStatus } from '../entities/enums';

/** The history kinds of what happens to a registration (rows of src/policies/history.policy.ts). */
export type RegistrationHistoryAction =
  | 'suspendRegistration'
  | 'applyForRestoration'
  | 'restoreRegistration'
  | 'cancelRegistration'
  | 'cancelRegistrationAutomatically'
  | 'revokeRegistration'
  | 'requestReregistration'
  | 'grantReregistration'
  | 'refuseReregistration';

/**
 * Writes one history entry of a registration on its application (stage REGISTERED before and after): who
 * decided, why, and the status it moved from and to. Append-only, like every history entry.
 */
export function recordRegistrationEvent(
  em: EntityManager,
  registration: Registration,
  entry: { action: RegistrationHistoryAction; actorId: string; reason?: string; fromStatus: RegistrationStatus; toStatus: RegistrationStatus; details?: Record<string, unknown>; at: Date },
): void {
  recordApplicationEvent(em, {
    application: registration.application,
    actorId: entry.actorId,
    action: entry.action,
    fromStage: ApplicationStage.REGISTERED,
    toStage: ApplicationStage.REGISTERED,
    reason: entry.reason,
    details: { registrationNumber: registration.registrationNumber, fromStatus: entry.fromStatus, toStatus: entry.toStatus, ...entry.details },
    at: entry.at,
  });}
