import type { EntityManager } from '@mikro-orm/postgresql';
import { pluginForField } from '../categories/registry';
import { Certificate, EngineeringField, Registration, StoredFile } from '../entities';
import { FilePurpose } from '../entities/enums';
import type { CommandContext } from '../workflow/command-context';
import { readFileContent } from '../files/store-file.command';
import { chinaToday } from '../workflow/working-day-calendar';
import type { CertificateFacts } from './certificate-pdf';
import { verificationUrl } from './issue-certificate';

/** A registration with the certificate issue asked for (the latest when none is named). */
export async function loadCertificate(em: EntityManager, registrationNumber: string, issue?: number): Promise<{ registration: Registration; certificate: Certificate } | undefined> {
  const registration = await em.findOne(Registration, { registrationNumber: registrationNumber.trim() }, { populate: ['society', 'application'] });
  if (!registration) return undefined;
  const where = issue === undefined ? { registration } : { registration, serial: issue };
  const [certificate] = await em.find(Certificate, where, { orderBy: { serial: 'desc' }, limit: 1 });
  return certificate ? { registration, certificate } : undefined;
}

/** Everything the certificate shows: the register's facts, the dossier's photo (behind the tenant wall) and the QR address. */
export async function certificateFacts(ctx: CommandContext, registration: Registration, certificate: Certificate): Promise<CertificateFacts> {
  const [photo] = await ctx.em.find(StoredFile, { application: registration.application, purpose: FilePurpose.PHOTO }, { orderBy: { createdAt: 'desc' }, limit: 1 });
  // What the certificate is called and who issues it is the category's (seed 003 §8.4: the society's evaluation certificate).
  const field = await ctx.em.findOneOrFail(EngineeringField, { id: registration.application.field.id });
  const { titleZh, titleEn, issuedByZh, issuedByEn } = pluginForField(field.code).certificate;
  return {
    registrationNumber: registration.registrationNumber,
    serial: certificate.serial,
    name: registration.name,
    namePinyin: registration.namePinyin,
    fieldZh: registration.fieldNameZh,
    fieldEn: registration.fieldNameEn,
    gradeZh: registration.gradeNameZh,
    gradeEn: registration.gradeNameEn,
    societyZh: registration.society.nameZh,
    societyEn: registration.society.nameEn,
    approvedOn: chinaToday(certificate.issuedAt),
    validFrom: certificate.validFrom,
    validUntil: certificate.validUntil,
    photo: photo ? Buffer.concat(await readFileContent(ctx.em, photo.id)) : null,
    verificationUrl: verificationUrl(ctx.config.publicBaseUrl, registration.registrationNumber, certificate.serial),
    certificate: { titleZh, titleEn, issuedByZh, issuedByEn },
  };
}
