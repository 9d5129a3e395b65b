import type { RoleGrant } from '../entities';
import { AccountStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { ScopeSociety } from '../tenancy/tenant-scope';
import type { GrantSnapshot, Principal } from './principal';

/** The request-time view of a grant entity. */
export function toGrantSnapshot(grant: RoleGrant): GrantSnapshot {
  return {
    id: grant.id,
    role: grant.role,
    society: grant.society ? { id: grant.society.id, code: grant.society.code, status: grant.society.status } : undefined,
    enterpriseId: grant.enterprise?.id,
    examinerGrade: grant.examinerGrade,
    fieldId: grant.field?.id,
    specialtyCodes: grant.specialtyCodes,
    employer: grant.employer,
    createdAt: grant.createdAt,
  };
}

/** What app_request_principal answers: the account, its active grants with their societies, the requested society. */
interface RequestPrincipalRow {
  account: { id: string; email: string; displayName: string; status: AccountStatus } | null;
  grants: Array<Omit<GrantSnapshot, 'createdAt' | 'society' | 'enterpriseId' | 'fieldId'> & {
    createdAt: string; society: GrantSnapshot['society'] | null; enterpriseId: string | null; fieldId: string | null;
  }>;
  society: ScopeSociety | null;
}

/** Reads what app_request_principal answered (as text) into the principal and the requested society. */
export function principalOfText(text: string, accountId: string | undefined, societyCode: string | undefined): { principal?: Principal; society: ScopeSociety | null | undefined } {
  return principalOfRow(JSON.parse(text) as RequestPrincipalRow, accountId, societyCode);
}

function principalOfRow(
  { account, grants, society }: RequestPrincipalRow, accountId: string | undefined, societyCode: string | undefined,
): { principal?: Principal; society: ScopeSociety | null | undefined } {
  const requested = societyCode === undefined ? undefined : society;
  if (accountId === undefined) return { society: requested };
  if (!account) throw new AppError('TOKEN_INVALID');
  if (account.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_DISABLED');
  return {
    principal: {
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      grants: grants.map((grant) => ({
        ...grant,
        society: grant.society ?? undefined,
        enterpriseId: grant.enterpriseId ?? undefined,
        fieldId: grant.fieldId ?? undefined,
        createdAt: new Date(grant.createdAt),
      })),
    },
    society: requested,
  };
}
