import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ExaminerGrade, GrantRole, Language } from '../common/enums';
import { SocietyType } from '../reference/reference.types';

/** A logged-in person. Guarded: only the account itself reads it. */
@ObjectType('Account', { description: 'A person who logs in; what they may do comes from their grants' })
export class AccountType {
  @Field(() => ID, { nullable: true })
  id!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;
}

/** An enterprise that recommends engineers. */
@ObjectType('Enterprise', { description: '推荐单位' })
export class EnterpriseType {
  @Field(() => ID, { nullable: true })
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

/** The examiner attributes carried by an EXAMINER grant. */
@ObjectType('ExaminerProfile')
export class ExaminerProfileType {
  /** The grant it belongs to (not GraphQL fields): the grant's own readers may read it (grantViewer). */
  accountId!: string;
  societyId!: string | null;
  role!: GrantRole;

  @Field(() => ExaminerGrade, { nullable: true })
  grade!: ExaminerGrade;

  fieldId!: string;

  specialtyCodes!: string[];

  @Field(() => String, { nullable: true })
  employer?: string | null;
}

/** role@scope. */
@ObjectType('Grant', { description: 'role@scope: a role held in a society, an enterprise or the federation' })
export class GrantType {
  @Field(() => ID, { nullable: true })
  id!: string;

  accountId!: string;
  societyId?: string | null;
  enterpriseId?: string | null;

  @Field(() => GrantRole, { nullable: true })
  role!: GrantRole;

  @Field(() => ExaminerProfileType, { nullable: true })
  examiner?: ExaminerProfileType | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date | null;
}

/** The request's tenant scope, as the viewer sees it. */
@ObjectType('CurrentScope', { description: 'What this request acts in: the society from host or X-Society, and the viewer\'s roles there' })
export class CurrentScopeType {
  @Field(() => SocietyType, { nullable: true })
  society?: SocietyType | null;

  @Field(() => [GrantRole], { description: "The viewer's roles in that society" })
  roles!: GrantRole[];

  @Field({ description: 'The viewer holds a federation role (reads across societies)' })
  federation!: boolean;
}

/** What login and sign-up return. */
@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => AccountType, { nullable: true })
  account?: AccountType | null;
}

/** Self-registration on a society portal. */
@InputType()
export class SignUpInput {
  @Field()
  email!: string;

  @Field({ description: '8–128 characters' })
  password!: string;

  @Field({ description: 'Name as on the ID card' })
  displayName!: string;

  @Field(() => Language, { nullable: true, description: 'The language of the mails this person receives (default ZH)' })
  language?: Language | null;
}
