import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo, TOTAL_COUNT_DESCRIPTION } from '../common/connection';
import { NodeInterface } from '../common/node.types';

/** One in-app message. Guarded: only its recipient reads it. */
@ObjectType('Notification', { implements: NodeInterface, description: 'An in-app message to the signed-in person (the same message may also go by email)' })
export class NotificationType {
  @Field(() => ID, { nullable: true })
  id!: string;

  /** Not a GraphQL field: what the policy (notificationRecipient) reads. */
  recipientId!: string;

  @Field(() => String, { nullable: true, description: 'The template, e.g. RETURNED_FOR_COMPLETION, INTERVIEW_SCHEDULED, REGISTERED' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'In the recipient\'s language' })
  subject?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'The application it concerns, if any' })
  applicationId?: string | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date | null;

  @Field(() => Date, { nullable: true })
  readAt?: Date | null;
}

/** One notification in a page. */
@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field(() => String, { nullable: true })
  cursor!: string;

  @Field(() => NotificationType, { nullable: true })
  node!: NotificationType;
}

/** A page of the signed-in person's notifications, newest first. */
@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge], { nullable: true })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { nullable: true })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}
