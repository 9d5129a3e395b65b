import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Account, Application } from '../entities';
import type { RegistrationReasonKind } from '../entities/enums';
import { AppError } from '../errors/app-error';

/**
 * The digest an ID number is barred by: the number as the dossier checks it (trimmed, upper case), hashed so the
 * bar list holds no number in clear. An 18-digit number is guessable from its digest by brute force; the list is
 * unreadable to the API's role for that reason.
 */
export function identityDigest(idNumber: string): string {
  return createHash('sha256').update(`ece-barred-identity:${idNumber.trim().toUpperCase()}`).digest('hex');
}

/** Whether the person with this ID number is barred, in any society. */
export async function isIdentityBarred(em: EntityManager, idNumber: string): Promise<boolean> {
  const [row] = await em.execute<Array<{ barred: boolean }>>('select app_identity_barred(?) as barred', [identityDigest(idNumber)]);
  return row?.barred === true;
}

/** Refuses (APPLICANT_BARRED) an account or identity document barred for life; nothing is written before it. */
export async function refuseBarred(em: EntityManager, account: Account, idNumber: string | null | undefined, field?: string): Promise<void> {
  if (account.barredAt) throw new AppError('APPLICANT_BARRED', field ? { field } : {});
  if (idNumber && (await isIdentityBarred(em, idNumber))) throw new AppError('APPLICANT_BARRED', field ? { field } : {});
}

/**
 * Bars the applicant of an application for life: their account, and their identity document (when the dossier
 * names one) across every society and account. Barring twice keeps the first bar.
 */
export async function barPerson(
  em: EntityManager,
  input: { application: Application; reasonKind: RegistrationReasonKind; reason: string; decidedBy: string; at: Date },
): Promise<void> {
  const account = await em.findOneOrFail(Account, { id: input.application.applicant.id });
  if (!account.barredAt) {
    account.barredAt = input.at;
    account.barredReason = input.reason;
  }
  const idNumber = input.application.idNumber;
  if (idNumber && !(await isIdentityBarred(em, idNumber))) {
    // Inserted without RETURNING: the API's role may add to the list but not read it.
    await em.execute(
      `insert into barred_identity (id, id_number_digest, account_id, society_id, application_id, reason_kind, barred_by_id, barred_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)`,
      [identityDigest(idNumber), account.id, input.application.society.id, input.application.id, input.reasonKind, input.decidedBy, input.at],
    );
  }
}

/** Whether an application's applicant is barred for life, by account or by the dossier's identity document. */
export async function isApplicantBarred(em: EntityManager, application: Application): Promise<boolean> {
  const applicant = await em.findOneOrFail(Account, { id: application.applicant.id }, { filters: false });
  return Boolean(applicant.barredAt) || (application.idNumber ? await isIdentityBarred(em, application.idNumber) : false);
}
