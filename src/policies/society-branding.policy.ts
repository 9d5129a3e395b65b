import { federationRoles } from '../auth/principal';
import { GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** What a society's branding and contacts let one change (seed 000's contact list and a portal's look). */
export type BrandingAction = { kind: 'editSocietyBranding' } | { kind: 'editFederationContacts' };

/**
 * Decides a branding action; a kind without a rule is denied. A society's branding and contacts are its own staff's
 * (an active society) or a federation admin's working in that society; the federation's complaint contacts are the
 * federation admins' only.
 */
export function allowBrandingAction(subject: PolicySubject, action: BrandingAction): boolean {
  const federationAdmin = federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN);
  switch (action.kind) {
    case 'editSocietyBranding':
      if (!subject.scope.society) return false;
      return federationAdmin || (subject.scope.society.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF));
    case 'editFederationContacts':
      return federationAdmin;
    default:
      return false;
  }
}

/** Content types a logo may have: a portal shows it with <img>, so only the image types the upload detects. */
export const LOGO_CONTENT_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg']);

/**
 * Whether a stored file may serve as a society's logo, and so become public: only a file the editor uploaded
 * themselves in that society, attached to no dossier. Anything else (an applicant's photo, another person's upload)
 * would be published by naming its id.
 */
export function mayBecomeLogo(subject: PolicySubject, file: { ownerId: string; societyId: string; applicationId?: string | null; purpose?: string | null }): boolean {
  return (
    subject.principal?.accountId === file.ownerId &&
    subject.scope.society?.id === file.societyId &&
    !file.applicationId &&
    !file.purpose
  );
}
