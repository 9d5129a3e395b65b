import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Objection, type Application, type PublicNotice } from '../../entities';
import { ObjectionStatus } from '../../entities/enums';
import { calendarOfRequest } from '../../workflow/calendar';
import type { RequestContext } from '../../http/request-context';
import { closeNoticeCommand, lodgeObjectionCommand, publishNoticeCommand, resolveObjectionCommand } from '../../notice/public-notice.commands';
import { readOpenNotices } from '../../notice/open-notices.read';
import type { ApplicationRelation } from '../../policies/relations';
import { canSee } from '../../policies/visibility-matrix';
import { LocalDate } from '../../graphql/scalars';
import { NodeInterface } from '../common/node.types';

registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });

/** A proposed registrant as the public sees them during the notice: name, employer, field, grade, nothing else. */
@ObjectType('NoticeEntry')
export class NoticeEntryType {
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'The name in pinyin (the English notice)' }) namePinyin?: string | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field() field!: string;
  @Field({ description: 'The field\'s English name' }) fieldEn!: string;
  @Field() grade!: string;
  @Field({ description: 'The grade\'s English name' }) gradeEn!: string;
}

/** A public notice. */
@ObjectType('PublicNotice', { implements: NodeInterface })
export class PublicNoticeType {
  /** The society that published it (for its viewerCan). */
  societyId!: string;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => LocalDate) startsOn!: string;
  @Field(() => LocalDate) endsOn!: string;
  @Field({ description: "False while the notice's last day crosses a year whose official holidays are not known yet: it may still move" })
  endsOnCalendarConfirmed!: boolean;
  @Field(() => Date, { nullable: true }) closedAt?: Date | null;
  @Field(() => [NoticeEntryType]) entries!: NoticeEntryType[];
}

/** An objection, as staff handle it. */
@ObjectType('Objection')
export class ObjectionType {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ID, { nullable: true }) applicationId!: string;
  @Field({ nullable: true }) content!: string;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => ObjectionStatus, { nullable: true }) status!: ObjectionStatus;
  @Field(() => String, { nullable: true }) resolution?: string | null;
  @Field({ nullable: true }) lodgedAt!: Date;
}

/** An application in a batch, at the version staff saw. */
@InputType()
export class NoticeApplicationInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
}

/** A batch to publish. */
@InputType()
export class PublishNoticeInput {
  @Field() title!: string;
  @Field(() => LocalDate, { description: 'YYYY-MM-DD, today or later' }) startsOn!: string;
  @Field(() => Int, { description: 'At least 5' }) workingDays!: number;
  @Field(() => [NoticeApplicationInput]) applications!: NoticeApplicationInput[];
}

/** An objection to lodge. */
@InputType()
export class LodgeObjectionInput {
  @Field(() => ID) noticeId!: string;
  @Field(() => ID) applicationId!: string;
  @Field() content!: string;
  @Field(() => String, { nullable: true }) contact?: string | null;
}

/** How staff resolve an objection. */
@InputType()
export class ResolveObjectionInput {
  @Field(() => ID) objectionId!: string;
  @Field(() => ObjectionStatus, { description: 'DISMISSED, UPHELD_NOT_REGISTERED or UPHELD_REREVIEW' }) outcome!: ObjectionStatus;
  @Field() resolution!: string;
  @Field(() => Int, { description: "The application's version (when upheld)" }) expectedVersion!: number;
}

function toObjection(objection: Objection): ObjectionType {
  return {
    id: objection.id, applicationId: objection.application.id, content: objection.content, contact: objection.contact ?? null,
    status: objection.status, resolution: objection.resolution ?? null, lodgedAt: objection.lodgedAt,
  };
}

// The public as a viewer: the matrix decides what a notice shows of each applicant.
const PUBLIC_VIEWER: ReadonlySet<ApplicationRelation> = new Set(['PUBLIC']);

async function toNotice(ctx: RequestContext, notice: PublicNotice, applications: readonly Application[] = []): Promise<PublicNoticeType> {
  // Identity is public while the notice runs; fields and grades come in one batch each, not one per applicant.
  const shown = applications.filter((application) => canSee(PUBLIC_VIEWER, 'identity', application.stage));
  const [fields, grades] = await Promise.all([
    Promise.all(shown.map((application) => ctx.loaders.fieldById.load(application.field.id))),
    Promise.all(shown.map((application) => ctx.loaders.gradeById.load(application.grade.id))),
  ]);
  const entries: NoticeEntryType[] = shown.map((application, index) => ({
    applicationId: application.id, name: application.name ?? null, namePinyin: application.namePinyin ?? null, employer: application.employer ?? null,
    field: fields[index]!.nameZh, fieldEn: fields[index]!.nameEn, grade: grades[index]!.nameZh, gradeEn: grades[index]!.nameEn,
  }));
  const endsOnCalendarConfirmed = (await calendarOfRequest(ctx.em)).isSpanConfirmed(notice.startsOn, notice.endsOn);
  return { societyId: notice.society.id, id: notice.id, title: notice.title, startsOn: notice.startsOn, endsOn: notice.endsOn, endsOnCalendarConfirmed, closedAt: notice.closedAt ?? null, entries };
}

/** Public notices of proposed registrants, objections, and closing. */
@Resolver()
export class PublicNoticeResolver {
  /**
   * The society's notices open today: anyone may read them. Nullable: without a society (X-Society or a society host
   * name) it answers SOCIETY_REQUIRED on this field alone, and the rest of the response stands.
   */
  @Query(() => [PublicNoticeType], { nullable: true, description: "The open notices of the request's society (X-Society or its host name); null with SOCIETY_REQUIRED without one" })
  async publicNotices(@Ctx() ctx: RequestContext): Promise<PublicNoticeType[]> {
    // Read models in one statement (issue 14).
    const notices = await readOpenNotices(ctx);
    return Promise.all(notices.map(({ notice, applications }) => toNotice(ctx, notice, applications)));
  }

  /** Staff: the objections lodged against a notice. */
  @Query(() => [ObjectionType], { nullable: true })
  async noticeObjections(@Ctx() ctx: RequestContext, @Arg('noticeId', () => ID) noticeId: string): Promise<ObjectionType[]> {
    const rows = await ctx.em.find(Objection, { notice: noticeId, society: ctx.scope.society?.id ?? '' }, { orderBy: { lodgedAt: 'asc' } });
    return rows.map(toObjection);
  }

  /** Staff: publishes a batch of proposed registrants. */
  @Mutation(() => PublicNoticeType, { nullable: true })
  async publishNotice(@Ctx() ctx: RequestContext, @Arg('input') input: PublishNoticeInput): Promise<PublicNoticeType> {
    return toNotice(ctx, await publishNoticeCommand(ctx, input));
  }

  /** Anyone: objects to a listed applicant while the notice is open (rate-limited per address). */
  @Mutation(() => Boolean)
  async lodgeObjection(@Ctx() ctx: RequestContext, @Arg('input') input: LodgeObjectionInput): Promise<boolean> {
    await ctx.rateLimits.consume('lodgeObjectionPerAddress');
    await lodgeObjectionCommand(ctx, input);
    return true;
  }

  /** Staff: resolves an objection. */
  @Mutation(() => ObjectionType, { nullable: true })
  async resolveObjection(@Ctx() ctx: RequestContext, @Arg('input') input: ResolveObjectionInput): Promise<ObjectionType> {
    return toObjection(await resolveObjectionCommand(ctx, input));
  }

  /** Staff: closes a notice after its last day, with no objection open. */
  @Mutation(() => PublicNoticeType, { nullable: true })
  async closeNotice(@Ctx() ctx: RequestContext, @Arg('noticeId', () => ID) noticeId: string): Promise<PublicNoticeType> {
    return toNotice(ctx, await closeNoticeCommand(ctx, noticeId));
  }
}
