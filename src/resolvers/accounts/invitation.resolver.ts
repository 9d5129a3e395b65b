import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { acceptInvitationCommand, declineInvitationCommand, myInvitations } from '../../auth/answer-invitation.command';
import { grantSocietyRoleCommand } from '../../auth/grant-society-role.command';
import type { SocietyInvitation } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { GrantSocietyRoleInput } from '../examiners/examiner.types';
import { toSocietyType } from '../reference/reference.mappers';
import { SocietyType } from '../reference/reference.types';
import { ExaminerProfileType } from './account.types';
import { InvitationStatus, InvitationType } from './invitation.types';

/** Invitation entity → GraphQL object (status computed against the request's clock). */
export function toInvitationType(invitation: SocietyInvitation, now: Date): InvitationType {
  const status = invitation.acceptedAt
    ? InvitationStatus.ACCEPTED
    : invitation.declinedAt
      ? InvitationStatus.DECLINED
      : invitation.expiresAt <= now
        ? InvitationStatus.EXPIRED
        : InvitationStatus.PENDING;
  const accountId = invitation.account.id;
  const societyId = invitation.society.id;
  const examiner =
    invitation.examinerGrade && invitation.field
      ? Object.assign(new ExaminerProfileType(), {
          accountId, societyId, role: invitation.role, grade: invitation.examinerGrade, fieldId: invitation.field.id,
          specialtyCodes: invitation.specialtyCodes, employer: invitation.employer ?? null,
        })
      : null;
  return Object.assign(new InvitationType(), {
    id: invitation.id, accountId, societyId, email: invitation.email, role: invitation.role, status, examiner,
    invitedByName: invitation.invitedBy.displayName ?? null,
    createdAt: invitation.createdAt, expiresAt: invitation.expiresAt, answeredAt: invitation.acceptedAt ?? invitation.declinedAt ?? null,
  });
}

/** Inviting people to a society's roles, and the invitee's answers. */
@Resolver(() => InvitationType)
export class InvitationResolver {
  /** Staff and federation admins offer a role in the request's society; the person accepts or declines it. */
  @Mutation(() => InvitationType, { nullable: true })
  async grantSocietyRole(@Ctx() ctx: RequestContext, @Arg('input') input: GrantSocietyRoleInput): Promise<InvitationType> {
    const invitation = await grantSocietyRoleCommand(ctx, input);
    await ctx.em.populate(invitation, ['invitedBy']);
    return toInvitationType(invitation, ctx.clock());
  }

  /** The signed-in person's invitations, newest first, from any society. */
  @Query(() => [InvitationType], { nullable: true })
  async myInvitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await myInvitations(ctx)).map((invitation) => toInvitationType(invitation, ctx.clock()));
  }

  /** The invitee accepts: from now on they hold the role in the inviting society. */
  @Mutation(() => InvitationType, { nullable: true })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InvitationType> {
    const invitation = await acceptInvitationCommand(ctx, id);
    await ctx.em.populate(invitation, ['invitedBy'], { filters: false });
    return toInvitationType(invitation, ctx.clock());
  }

  /** The invitee declines: nothing is granted. */
  @Mutation(() => InvitationType, { nullable: true })
  async declineInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InvitationType> {
    const invitation = await declineInvitationCommand(ctx, id);
    await ctx.em.populate(invitation, ['invitedBy'], { filters: false });
    return toInvitationType(invitation, ctx.clock());
  }

  /** The inviting society. */
  @FieldResolver(() => SocietyType, { nullable: true })
  async society(@Root() invitation: InvitationType, @Ctx() { loaders }: RequestContext): Promise<SocietyType | null> {
    const society = await loaders.societyById.load(invitation.societyId);
    return society ? toSocietyType(society) : null;
  }
}
