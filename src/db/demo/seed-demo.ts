import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password';
import { Account, EngineeringField, Enterprise, RoleGrant, Society } from '../../entities';
import { DEMO_ACCOUNTS, DEMO_ENTERPRISE, DEMO_PASSWORD, type DemoAccount } from './demo-world.data';
import { seedDemoMembers } from './seed-demo-members';
import { seedDemoEnterpriseChannel } from './seed-demo-enterprise';

async function findOrCreateEnterprise(em: EntityManager): Promise<Enterprise> {
  return (
    (await em.findOne(Enterprise, { creditCode: DEMO_ENTERPRISE.creditCode })) ??
    em.create(Enterprise, { name: DEMO_ENTERPRISE.name, creditCode: DEMO_ENTERPRISE.creditCode })
  );
}

async function grantFor(em: EntityManager, account: Account, demo: DemoAccount, enterprise: Enterprise) {
  const society = demo.society ? await em.findOneOrFail(Society, { code: demo.society }) : undefined;
  const existing = await em.findOne(RoleGrant, { account, role: demo.role, society: society ?? null, enterprise: demo.enterprise ? enterprise : null, revokedAt: null }, { filters: false });
  if (existing) return;
  const field = demo.examiner ? await em.findOneOrFail(EngineeringField, { code: demo.examiner.field }) : undefined;
  em.create(RoleGrant, {
    account,
    role: demo.role,
    society,
    enterprise: demo.enterprise ? enterprise : undefined,
    examinerGrade: demo.examiner?.grade,
    field,
    specialtyCodes: demo.examiner?.specialties ?? [],
    employer: demo.examiner?.employer,
  });
}

/** Creates the demo world; running it again changes nothing (accounts are found by email, grants by role@scope). */
export async function seedDemoWorld(em: EntityManager): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  await em.transactional(async (tx) => {
    const enterprise = await findOrCreateEnterprise(tx);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_ACCOUNTS) {
      let account = await tx.findOne(Account, { email: demo.email });
      if (account) existing += 1;
      else {
        account = tx.create(Account, { email: demo.email, displayName: demo.displayName, passwordHash });
        created += 1;
      }
      await grantFor(tx, account, demo, enterprise);
    }
    await tx.flush();
    await seedDemoMembers(tx);
    await seedDemoEnterpriseChannel(tx, enterprise);
  });
  return { created, existing };
}
