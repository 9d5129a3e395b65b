import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { acceptInvitationCommand, declineInvitationCommand, myInvitations } from '../../auth/answer-invitation.command';
import { grantSocietyRoleCommand } from '../../auth/grant-society-role.command';
import type { RequestContext } from '../../http/request-context';
import { GrantSocietyRoleInput } from '../examiners/examiner.types';
import { toSocietyType } from '../reference/reference.mappers';
import { SocietyType } from '../reference/reference.types';
import { toInvitationType } from './invitation.mappers';
import { InvitationType } from './invitation.types';

/** Inviting people to a society's roles, and the invitee's answers. */
@Resolver(() => InvitationType)
export class InvitationResolver {
  /** Staff and federation admins offer a role in the request's society; the person accepts or declines it. */
  @Mutation(() => InvitationType, { nullable: true })
  async grantSocietyRole(@Ctx() ctx: RequestContext, @Arg('input') input: GrantSocietyRoleInput): Promise<InvitationType> {
    const invitation = await grantSocietyRoleCommand(ctx, input);
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
    return toInvitationType(invitation, ctx.clock());
  }

  /** The invitee declines: nothing is granted. */
  @Mutation(() => InvitationType, { nullable: true })
  async declineInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InvitationType> {
    const invitation = await declineInvitationCommand(ctx, id);
    return toInvitationType(invitation, ctx.clock());
  }

  /** The inviting society (null for an enterprise's invitation). */
  @FieldResolver(() => SocietyType, { nullable: true })
  async society(@Root() invitation: InvitationType, @Ctx() { loaders }: RequestContext): Promise<SocietyType | null> {
    if (invitation.societyId === null) return null;
    const society = await loaders.societyById.load(invitation.societyId);
    return society ? toSocietyType(society) : null;
  }
}
