import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, Certificate, Registration } from '../entities';

/** The public address a certificate's QR code carries: the registration number and the issue it is. */
export function verificationUrl(publicBaseUrl: string, registrationNumber: string, serial: number): string {
  return `${publicBaseUrl}/verify/${encodeURIComponent(registrationNumber)}?issue=${serial}`;
}

/**
 * Issues the next certificate of a registration for the validity given, superseding every earlier issue
 * (registration issues the first, each re-registration the next). The caller flushes.
 */
export async function issueCertificate(
  em: EntityManager,
  registration: Registration,
  validity: { validFrom: string; validUntil: string },
  issuedBy: string,
  at: Date,
): Promise<Certificate> {
  const earlier = await em.find(Certificate, { registration }, { orderBy: { serial: 'desc' } });
  for (const certificate of earlier) certificate.supersededAt ??= at;
  return em.create(Certificate, {
    registration,
    society: registration.society,
    serial: (earlier[0]?.serial ?? 0) + 1,
    validFrom: validity.validFrom,
    validUntil: validity.validUntil,
    issuedBy: em.getReference(Account, issuedBy),
    issuedAt: at,
  });
}
