import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ExaminerGrade, GrantRole } from '../common/enums';
import { PageInfo, TOTAL_COUNT_DESCRIPTION } from '../common/connection';
import { ExaminerProfileType } from '../accounts/account.types';
import { NodeInterface } from '../common/node.types';

/** An examiner of the request's society, as society staff and the federation see them. */
@ObjectType('Examiner', { implements: NodeInterface, description: '考官 of a society' })
export class ExaminerType {
  @Field(() => ID, { nullable: true })
  id!: string;

  accountId!: string;

  /** The society of the grant (for its viewerCan). */
  societyId!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ExaminerProfileType, { nullable: true })
  profile?: ExaminerProfileType | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date | null;
}

/** One examiner in a page. */
@ObjectType('ExaminerEdge')
export class ExaminerEdge {
  @Field(() => String, { nullable: true })
  cursor!: string;

  @Field(() => ExaminerType, { nullable: true })
  node!: ExaminerType;
}

/** A page of examiners. */
@ObjectType('ExaminerConnection')
export class ExaminerConnection {
  @Field(() => [ExaminerEdge], { nullable: true })
  edges!: ExaminerEdge[];

  @Field(() => PageInfo, { nullable: true })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/** Examiner attributes of an EXAMINER grant. */
@InputType()
export class ExaminerInput {
  @Field(() => ExaminerGrade)
  grade!: ExaminerGrade;

  @Field()
  fieldCode!: string;

  @Field(() => [String])
  specialtyCodes!: string[];

  @Field()
  employer!: string;
}

/** A role to offer in the request's society (grantSocietyRole makes an invitation). */
@InputType()
export class GrantSocietyRoleInput {
  @Field()
  email!: string;

  @Field(() => GrantRole)
  role!: GrantRole;

  @Field(() => String, { nullable: true, description: 'Required: the name as on the ID card (used for a new account)' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required, and checked like any password: used only if the person has no account yet' })
  initialPassword?: string | null;

  @Field(() => ExaminerInput, { nullable: true, description: 'Required for EXAMINER' })
  examiner?: ExaminerInput | null;
}
