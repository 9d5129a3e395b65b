import type { EntityManager } from '@mikro-orm/postgresql';
import { pluginForField } from '../../categories/registry';
import { Account, Application, Certificate, EngineeringField, Grade, Registration, Society, Specialty } from '../../entities';
import { ApplicationChannel, ApplicationStage, RegistrationReasonKind, RegistrationStatus } from '../../entities/enums';
import { nameToPinyin } from '../../dossier/name-pinyin';
import { recordApplicationEvent } from '../../workflow/application-events';
import { addMonths } from '../../workflow/calendar';
import { chinaToday } from '../../workflow/working-day-calendar';
import { DEMO_MEMBERS, type DemoMember } from './demo-world.data';

/** The number of a demo member: outside the federation's sequence (900001…), so real numbers never meet it. */
function demoNumber(index: number, validFrom: string): string {
  return `CSE-P-${validFrom.slice(0, 4)}-${String(900001 + index)}`;
}

async function seedMember(em: EntityManager, demo: DemoMember, index: number, now: Date): Promise<boolean> {
  const member = await em.findOneOrFail(Account, { email: demo.email });
  if (await em.count(Registration, { member })) return false;
  const society = await em.findOneOrFail(Society, { code: 'CSEE' });
  const field = await em.findOneOrFail(EngineeringField, { code: 'ELECTRICAL' });
  const specialty = await em.findOneOrFail(Specialty, { field, code: 'POWER_SYSTEM_AUTOMATION' });
  // Demo members hold the first grade the federation registers on the field's ladder.
  const plugin = pluginForField(field.code);
  const demoGrade = plugin.ladder.grades.find((entry) => plugin.routes[entry.code]?.registeredBy === 'FEDERATION') ?? plugin.ladder.grades[0];
  const grade = await em.findOneOrFail(Grade, { ladder: plugin.ladder.code, code: demoGrade.code });
  const secretariat = await em.findOneOrFail(Account, { email: 'secretariat@cse.demo' });
  const staff = await em.findOneOrFail(Account, { email: 'staff@csee.demo' });
  const validUntil = addMonths(chinaToday(now), demo.expiresInMonths);
  const validFrom = addMonths(validUntil, -60);
  const registeredAt = new Date(`${validFrom}T02:00:00Z`);
  const application = em.create(Application, {
    society, applicant: member, field, specialty, grade, channel: ApplicationChannel.INDIVIDUAL, stage: ApplicationStage.REGISTERED,
    name: member.displayName, namePinyin: nameToPinyin(member.displayName), idNumber: demo.idNumber, email: member.email, employer: demo.employer,
    societyMember: true, categoryFields: { category: pluginForField(field.code).code }, submittedAt: registeredAt, createdAt: registeredAt, updatedAt: registeredAt,
  });
  const registration = em.create(Registration, {
    society, application, member, registrationNumber: demoNumber(index, validFrom), name: member.displayName, namePinyin: application.namePinyin,
    employer: demo.employer, fieldNameZh: field.nameZh, fieldNameEn: field.nameEn, gradeNameZh: grade.nameZh, gradeNameEn: grade.nameEn,
    validFrom, validUntil, confirmedBy: secretariat, registeredAt,
  });
  em.create(Certificate, { registration, society, serial: 1, validFrom, validUntil, issuedBy: secretariat, issuedAt: registeredAt });
  recordApplicationEvent(em, { application, actorId: secretariat.id, action: 'confirmRegistration', fromStage: ApplicationStage.AWAITING_REGISTRATION, toStage: ApplicationStage.REGISTERED, at: registeredAt });
  if (demo.suspendedFor) {
    Object.assign(registration, { status: RegistrationStatus.SUSPENDED, statusChangedAt: now, statusReasonKind: RegistrationReasonKind.NOT_MEETING_REQUIREMENTS });
    recordApplicationEvent(em, {
      application, actorId: staff.id, action: 'suspendRegistration', fromStage: ApplicationStage.REGISTERED, toStage: ApplicationStage.REGISTERED,
      reason: demo.suspendedFor, details: { registrationNumber: registration.registrationNumber, fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reasonKind: 'NOT_MEETING_REQUIREMENTS' }, at: now,
    });
  }
  return true;
}

/**
 * The demo's registered members (after the accounts exist): one inside the re-registration window, one suspended.
 * A member already registered is left as it is, so seeding twice changes nothing.
 */
export async function seedDemoMembers(em: EntityManager, now: Date = new Date()): Promise<number> {
  let created = 0;
  for (const [index, demo] of DEMO_MEMBERS.entries()) {
    if (await seedMember(em, demo, index, now)) created += 1;
  }
  await em.flush();
  return created;
}
