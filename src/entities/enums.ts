/** Lifecycle of an authorized society (tenant). A suspended society's staff can no longer act. */
export enum SocietyStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/** Roles a grant can carry; the scope (society, enterprise, federation) comes with the grant. */
export enum GrantRole {
  SOCIETY_STAFF = 'SOCIETY_STAFF',
  EXAMINER = 'EXAMINER',
  APPLICANT = 'APPLICANT',
  ENTERPRISE_RECOMMENDER = 'ENTERPRISE_RECOMMENDER',
  FEDERATION_ADMIN = 'FEDERATION_ADMIN',
  FEDERATION_COMMITTEE = 'FEDERATION_COMMITTEE',
  FEDERATION_SECRETARIAT = 'FEDERATION_SECRETARIAT',
  QUALITY_SUPERVISION = 'QUALITY_SUPERVISION',
}

/** 见习考官 / 正式考官. */
export enum ExaminerGrade {
  TRAINEE = 'TRAINEE',
  FORMAL = 'FORMAL',
}

/** Account lifecycle; a disabled account cannot log in. */
export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Roles that belong to the federation: they read across every tenant. */
export const FEDERATION_ROLES: ReadonlySet<GrantRole> = new Set([
  GrantRole.FEDERATION_ADMIN,
  GrantRole.FEDERATION_COMMITTEE,
  GrantRole.FEDERATION_SECRETARIAT,
  GrantRole.QUALITY_SUPERVISION,
]);

/** Roles held within one society: they need a society on the grant. */
export const SOCIETY_ROLES: ReadonlySet<GrantRole> = new Set([
  GrantRole.SOCIETY_STAFF,
  GrantRole.EXAMINER,
  GrantRole.APPLICANT,
]);
