import type { GrantSnapshot } from '../../auth/principal';
import type { Account } from '../../entities';
import { AccountType, ExaminerProfileType, GrantType } from './account.types';

/** Account entity → GraphQL object. */
export function toAccountType(account: Pick<Account, 'id' | 'email' | 'displayName'>): AccountType {
  return Object.assign(new AccountType(), { id: account.id, email: account.email, displayName: account.displayName });
}

/** Grant snapshot → GraphQL object. */
export function toGrantType(accountId: string, grant: GrantSnapshot): GrantType {
  const examiner =
    grant.examinerGrade && grant.fieldId
      ? Object.assign(new ExaminerProfileType(), {
          accountId, societyId: grant.society?.id ?? null, role: grant.role,
          grade: grant.examinerGrade, fieldId: grant.fieldId, specialtyCodes: grant.specialtyCodes, employer: grant.employer ?? null,
        })
      : null;
  return Object.assign(new GrantType(), {
    id: grant.id, accountId, societyId: grant.society?.id ?? null, enterpriseId: grant.enterpriseId ?? null,
    role: grant.role, examiner, createdAt: grant.createdAt,
  });
}
