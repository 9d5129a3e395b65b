import type { ConditionName } from './conditions';

/** For one GraphQL type: one condition for every field, or a condition per field. */
export type TypeAccess = ConditionName | Record<string, ConditionName>;

/**
 * Who may read which field or call which operation: the single declarative source the
 * graphql-shield rule tree is generated from. A type or field missing here is denied (fallback rule).
 */
export const ACCESS_TABLE: Record<string, TypeAccess> = {
  Query: {
    societies: 'public',
    society: 'public',
    engineeringFields: 'public',
    engineeringField: 'public',
    grades: 'public',
    competencyAreas: 'public',
    competencyItems: 'public',
    me: 'public',
    currentScope: 'public',
    examiners: 'societyStaffOrFederation',
    examiner: 'societyStaffOrFederation',
  },
  Mutation: {
    login: 'public',
    signUp: 'public',
    authorizeSociety: 'federationAdmin',
    suspendSociety: 'federationAdmin',
    reinstateSociety: 'federationAdmin',
    grantSocietyRole: 'societyStaffOrFederationAdmin',
  },
  // Reference data is public by nature.
  Society: 'public',
  EngineeringField: 'public',
  Specialty: 'public',
  Grade: 'public',
  GradeBasicConditions: 'public',
  CompetencyArea: 'public',
  CompetencyItem: 'public',
  PageInfo: 'public',
  CurrentScope: 'public',
  LoginPayload: 'public',
  Account: 'ownAccount',
  Grant: 'grantViewer',
  ExaminerProfile: 'public',
  Enterprise: 'authenticated',
  Examiner: 'societyStaffOrFederation',
  ExaminerEdge: 'societyStaffOrFederation',
  ExaminerConnection: 'societyStaffOrFederation',
};
