import type { SocietyInvitation } from '../../entities';
import { ExaminerProfileType } from './account.types';
import { InvitationStatus, InvitationType } from './invitation.types';

/** Invitation entity → GraphQL object (status computed against the request's clock). */
export function toInvitationType(invitation: SocietyInvitation, now: Date): InvitationType {
  const status = invitation.acceptedAt
    ? InvitationStatus.ACCEPTED
    : invitation.declinedAt
      ? InvitationStatus.DECLINED
      : invitation.expiresAt <= now
        ? InvitationStatus.EXPIRED
        : InvitationStatus.PENDING;
  const accountId = invitation.account.id;
  const societyId = invitation.society?.id ?? null;
  const enterpriseId = invitation.enterprise?.id ?? null;
  const examiner =
    invitation.examinerGrade && invitation.field
      ? Object.assign(new ExaminerProfileType(), {
          accountId, societyId, role: invitation.role, grade: invitation.examinerGrade, fieldId: invitation.field.id,
          specialtyCodes: invitation.specialtyCodes, employer: invitation.employer ?? null,
        })
      : null;
  return Object.assign(new InvitationType(), {
    id: invitation.id, accountId, societyId, enterpriseId, enterpriseName: invitation.enterpriseName ?? null, email: invitation.email, role: invitation.role, status, examiner,
    invitedByName: invitation.invitedByName,
    createdAt: invitation.createdAt, expiresAt: invitation.expiresAt, answeredAt: invitation.acceptedAt ?? invitation.declinedAt ?? null,
  });
}
