import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { setAccountStatusCommand } from '../../auth/account-status.command';
import { revokeEnterpriseRoleCommand, revokeSocietyRoleCommand } from '../../auth/revoke-role.command';
import { AccountStatus } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { RevokeEnterpriseRoleInput, RevokeSocietyRoleInput } from './role-administration.types';

/** Account administration: revoking society and enterprise roles, disabling and enabling accounts. */
@Resolver()
export class RoleAdministrationResolver {
  /** Revokes a role in the request's society (whoever may grant it); an examiner's assignments end with it. */
  @Mutation(() => Boolean, { nullable: true })
  async revokeSocietyRole(@Ctx() ctx: RequestContext, @Arg('input') input: RevokeSocietyRoleInput): Promise<boolean> {
    await revokeSocietyRoleCommand(ctx, input);
    return true;
  }

  /** Revokes a role in a recommending enterprise: its admin its recommenders, society staff or the federation its admin. */
  @Mutation(() => Boolean, { nullable: true })
  async revokeEnterpriseRole(@Ctx() ctx: RequestContext, @Arg('input') input: RevokeEnterpriseRoleInput): Promise<boolean> {
    await revokeEnterpriseRoleCommand(ctx, input);
    return true;
  }

  /** A federation admin disables an account: no login, its tokens and live streams end at their next use. */
  @Mutation(() => Boolean, { nullable: true })
  async disableAccount(@Ctx() ctx: RequestContext, @Arg('email') email: string, @Arg('reason') reason: string): Promise<boolean> {
    await setAccountStatusCommand(ctx, { email, reason }, AccountStatus.DISABLED);
    return true;
  }

  /** A federation admin enables a disabled account again, with the grants it held. */
  @Mutation(() => Boolean, { nullable: true })
  async enableAccount(@Ctx() ctx: RequestContext, @Arg('email') email: string, @Arg('reason') reason: string): Promise<boolean> {
    await setAccountStatusCommand(ctx, { email, reason }, AccountStatus.ACTIVE);
    return true;
  }
}
