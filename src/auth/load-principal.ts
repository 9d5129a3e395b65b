import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * The principal of a verified token and the society the request names, in one statement (app_request_principal,
 * before any RLS setting is made): what the account, grant and society look-ups took three statements for.
 * `society` is undefined when no code is named, null when the code is unknown.
 */
export async function loadRequestPrincipal(
  em: EntityManager, accountId: string | undefined, societyCode: string | undefined,
): Promise<{ principal?: Principal; society: ScopeSociety | null | undefined }> {
  if (accountId === undefined && societyCode === undefined) return { society: undefined };
  const [row] = await em.execute<Array<{ r: RequestPrincipalRow }>>('select app_request_principal(?, ?) as r', [accountId ?? null, societyCode ?? null]);
  const { account, grants, society } = row.r;
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
