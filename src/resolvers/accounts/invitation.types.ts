import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GrantRole } from '../common/enums';
import { ExaminerProfileType } from './account.types';

/** Where an invitation stands. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'PENDING until the invitee accepts or declines it, or it expires' });

/** An invitation to hold a role in a society or an enterprise. Guarded: the invitee, those who may offer the role and the federation read it. */
@ObjectType('Invitation', { description: 'An offer of a role in a society or a recommending enterprise; the role is granted only when the invitee accepts' })
export class InvitationType {
  @Field(() => ID, { nullable: true })
  id!: string;

  /** Not GraphQL fields: what the policy (invitationViewer) and the society resolver read. */
  accountId!: string;
  societyId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The inviting enterprise (an enterprise admin or recommender role); null for a society\'s invitation' })
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: 'The inviting enterprise\'s name when the invitation was made' })
  enterpriseName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => GrantRole, { nullable: true })
  role?: GrantRole | null;

  @Field(() => InvitationStatus, { nullable: true })
  status?: InvitationStatus | null;

  @Field(() => ExaminerProfileType, { nullable: true, description: 'For EXAMINER: the examiner profile the grant will carry' })
  examiner?: ExaminerProfileType | null;

  @Field(() => String, { nullable: true, description: 'Who invited (their name)' })
  invitedByName?: string | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the invitee accepted or declined' })
  answeredAt?: Date | null;
}
