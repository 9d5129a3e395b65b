import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Certificate, Registration, ReregistrationRequest } from '../../entities';
import { ReregistrationStatus } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { registrationViewerCan } from '../../policies/registration.policy';
import {
  checkReregistrationConditionsCommand, decideReregistrationCommand, REREGISTRATION_CONDITIONS, requestReregistrationCommand,
} from '../../registration/reregistration.commands';
import { reregistrationWindow } from '../../registration/reregistration-window';
import { MAX_PAGE_SIZE } from '../common/connection';
import {
  CheckReregistrationConditionsInput, DecideReregistrationInput, MemberRegistrationType, RequestReregistrationInput, ReregistrationRequestType,
} from './reregistration.types';

function factsOf(registration: Registration) {
  return { societyId: registration.society.id, memberId: registration.member.id };
}

/** A request as the API shows it: every condition listed, unchecked ones with met null. */
export function toRequestType(request: ReregistrationRequest): ReregistrationRequestType {
  const registrationFacts = factsOf(request.registration);
  return {
    registrationFacts,
    id: request.id, registrationNumber: request.registration.registrationNumber, status: request.status, requestedAt: request.requestedAt,
    statement: request.statement, expiring: request.expiring, windowOpensOn: request.windowOpensOn, windowClosesOn: request.windowClosesOn,
    conditions: REREGISTRATION_CONDITIONS.map((condition) => {
      const checked = request.conditions.find((entry) => entry.condition === condition);
      return { registrationFacts, condition, met: checked ? checked.met : null, note: checked?.note ?? null };
    }),
    reasons: request.reasons ?? null, decidedAt: request.decidedAt ?? null, newValidFrom: request.newValidFrom ?? null, newValidUntil: request.newValidUntil ?? null,
  };
}

/** Re-registration (seed 000 "每 5 年进行一次再注册") and the member's view of their registrations. */
@Resolver()
export class ReregistrationResolver {
  /** The viewer's own registrations: status, certificates, the re-registration window and requests (three statements). */
  @Query(() => [MemberRegistrationType], { nullable: true })
  async myRegistrations(@Ctx() ctx: RequestContext): Promise<MemberRegistrationType[]> {
    const registrations = await ctx.em.find(Registration, { member: ctx.principal!.accountId }, { populate: ['society'], orderBy: { registeredAt: 'desc' }, limit: MAX_PAGE_SIZE });
    if (registrations.length === 0) return [];
    // Requests are rows of the member's society: those of the society in scope show (the tenant walls).
    const [certificates, requests] = await Promise.all([
      ctx.em.find(Certificate, { registration: { $in: registrations } }, { orderBy: { serial: 'asc' } }),
      ctx.em.find(ReregistrationRequest, { registration: { $in: registrations } }, { orderBy: { requestedAt: 'desc' } }),
    ]);
    return registrations.map((registration) => {
      const registrationFacts = factsOf(registration);
      const window = reregistrationWindow(registration.validUntil);
      return {
        registrationFacts,
        registrationNumber: registration.registrationNumber, societyCode: registration.society.code, status: registration.status,
        statusChangedAt: registration.statusChangedAt ?? null, statusReasonKind: registration.statusReasonKind ?? null,
        restorationRequestedAt: registration.restorationRequestedAt ?? null, validFrom: registration.validFrom, validUntil: registration.validUntil,
        reregistrationOpensOn: window.opensOn, reregistrationClosesOn: window.closesOn,
        viewerCan: registrationViewerCan(ctx, { ...registrationFacts, status: registration.status }),
        certificates: certificates.filter((c) => c.registration.id === registration.id).map((c) => ({
          registrationFacts, issue: c.serial, validFrom: c.validFrom, validUntil: c.validUntil, issuedAt: c.issuedAt, supersededAt: c.supersededAt ?? null,
        })),
        reregistrations: requests.filter((request) => request.registration.id === registration.id).map(toRequestType),
      };
    });
  }

  /** Staff of the society in scope (or the federation): re-registration requests, pending ones by default. */
  @Query(() => [ReregistrationRequestType], { nullable: true })
  async reregistrationRequests(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ReregistrationStatus, { defaultValue: ReregistrationStatus.PENDING }) status: ReregistrationStatus,
  ): Promise<ReregistrationRequestType[]> {
    const requests = await ctx.em.find(ReregistrationRequest, { status }, { populate: ['registration'], orderBy: { requestedAt: 'asc' }, limit: MAX_PAGE_SIZE });
    return requests.map(toRequestType);
  }

  /** The member asks to re-register, inside the window. */
  @Mutation(() => ReregistrationRequestType, { nullable: true })
  async requestReregistration(@Ctx() ctx: RequestContext, @Arg('input') input: RequestReregistrationInput): Promise<ReregistrationRequestType> {
    return toRequestType(await requestReregistrationCommand(ctx, input));
  }

  /** Staff record which conditions the member meets. */
  @Mutation(() => ReregistrationRequestType, { nullable: true })
  async checkReregistrationConditions(@Ctx() ctx: RequestContext, @Arg('input') input: CheckReregistrationConditionsInput): Promise<ReregistrationRequestType> {
    return toRequestType(await checkReregistrationConditionsCommand(ctx, input));
  }

  /** Staff grant (5 years from the old expiry, a new certificate) or refuse with reasons. */
  @Mutation(() => ReregistrationRequestType, { nullable: true })
  async decideReregistration(@Ctx() ctx: RequestContext, @Arg('input') input: DecideReregistrationInput): Promise<ReregistrationRequestType> {
    return toRequestType(await decideReregistrationCommand(ctx, input));
  }
}
