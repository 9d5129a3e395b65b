import { Registration } from '../entities';
import { RegistrationStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { isUuid } from '../common/is-uuid';
import { allowMemberRecordAction, type MemberRecordAction, type MemberRecordFacts } from '../policies/member-record.policy';

/** The policy facts of a registration. */
export function memberFacts(registration: Registration): MemberRecordFacts {
  return { societyId: registration.society.id, memberId: registration.member.id };
}

/**
 * Loads a registration for an action on the member's record: NOT_FOUND for whoever may not even read it (an id
 * reveals nothing), FORBIDDEN for a reader who may not act.
 */
export async function loadRegistrationFor(ctx: CommandContext, registrationId: string, action: MemberRecordAction, field = 'registrationId'): Promise<Registration> {
  const registration = isUuid(registrationId) ? await ctx.em.findOne(Registration, { id: registrationId }) : null;
  if (!registration || !allowMemberRecordAction(ctx, 'readMemberRecord', memberFacts(registration))) throw new AppError('NOT_FOUND', { field });
  if (!allowMemberRecordAction(ctx, action, memberFacts(registration))) throw new AppError('FORBIDDEN', { field });
  return registration;
}

/** A member keeps a CPD record while the registration stands (also while suspended: restoring may depend on it). */
export function requireRecordKept(registration: Registration): void {
  if (registration.status !== RegistrationStatus.ACTIVE && registration.status !== RegistrationStatus.SUSPENDED) {
    throw new AppError('REGISTRATION_NOT_IN_FORCE', { params: { status: registration.status } });
  }
}
