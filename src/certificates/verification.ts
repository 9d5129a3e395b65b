import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, Registration } from '../entities';
import { RegistrationReasonKind, RegistrationStatus } from '../entities/enums';

/** What a certificate verifies as: the registration's live standing first, then the issue's own state. */
export enum CertificateState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

/** The public answer of a verification: what the register shows, and the state of the issue asked about. */
export interface VerificationResult {
  registrationNumber: string;
  name: string;
  namePinyin: string | null;
  societyCode: string;
  societyZh: string;
  societyEn: string;
  fieldZh: string;
  fieldEn: string;
  gradeZh: string;
  gradeEn: string;
  /** The registration's status in the register, when it last changed and on what kind of reason. */
  registrationStatus: RegistrationStatus;
  statusChangedAt: string | null;
  statusReasonKind: RegistrationReasonKind | null;
  certificate: {
    issue: number;
    state: CertificateState;
    validFrom: string;
    validUntil: string;
    issuedAt: string;
    supersededAt: string | null;
  };
  /** The latest issue: what a superseded certificate was replaced by. */
  latestIssue: number;
}

/** A suspended, cancelled or revoked member's every certificate says so, whichever issue is shown. */
function stateOf(status: RegistrationStatus, certificate: Certificate, today: string): CertificateState {
  if (status === RegistrationStatus.REVOKED) return CertificateState.REVOKED;
  if (status === RegistrationStatus.CANCELLED) return CertificateState.CANCELLED;
  if (status === RegistrationStatus.SUSPENDED) return CertificateState.SUSPENDED;
  if (certificate.supersededAt) return CertificateState.SUPERSEDED;
  if (certificate.validUntil < today) return CertificateState.EXPIRED;
  return CertificateState.VALID;
}

/**
 * Looks a certificate up by registration number (and issue; the latest when none is named) and tells its live
 * state. Undefined when the number, or the issue of it, is unknown.
 */
export async function verifyCertificate(em: EntityManager, registrationNumber: string, issue: number | undefined, today: string): Promise<VerificationResult | undefined> {
  const registration = await em.findOne(Registration, { registrationNumber: registrationNumber.trim() }, { populate: ['society'] });
  if (!registration) return undefined;
  const certificates = await em.find(Certificate, { registration }, { orderBy: { serial: 'desc' } });
  const certificate = issue === undefined ? certificates[0] : certificates.find((candidate) => candidate.serial === issue);
  if (!certificate) return undefined;
  return {
    registrationNumber: registration.registrationNumber,
    name: registration.name,
    namePinyin: registration.namePinyin ?? null,
    societyCode: registration.society.code,
    societyZh: registration.society.nameZh,
    societyEn: registration.society.nameEn,
    fieldZh: registration.fieldNameZh,
    fieldEn: registration.fieldNameEn,
    gradeZh: registration.gradeNameZh,
    gradeEn: registration.gradeNameEn,
    registrationStatus: registration.status,
    statusChangedAt: registration.statusChangedAt?.toISOString() ?? null,
    statusReasonKind: registration.statusReasonKind ?? null,
    certificate: {
      issue: certificate.serial,
      state: stateOf(registration.status, certificate, today),
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
      issuedAt: certificate.issuedAt.toISOString(),
      supersededAt: certificate.supersededAt?.toISOString() ?? null,
    },
    latestIssue: certificates[0].serial,
  };
}
