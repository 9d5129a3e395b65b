import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ContactPerson } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { setFederationComplaintContacts, setSocietyContacts, updateSocietyBranding } from '../../tenancy/society-branding.commands';
import { toSocietyType } from '../reference/reference.mappers';
import { SocietyType } from '../reference/reference.types';
import { ContactPersonInput, ContactPersonType, SocietyBrandingInput } from './society-branding.types';

/** Contact person row → GraphQL object. */
export function toContactPersonType(contact: ContactPerson): ContactPersonType {
  return Object.assign(new ContactPersonType(), {
    name: contact.name, role: contact.role ?? null, phone: contact.phone ?? null, email: contact.email ?? null,
    organisation: contact.organisation ?? null, organisationEn: contact.organisationEn ?? null,
  });
}

/** What a society's branded portal needs: logo, colours, site, contacts, and where to complain (batched per request). */
@Resolver(() => SocietyType)
export class SocietyBrandingResolver {
  /** The logo's public address on this API (a path: prefix it with the API's origin), null without a logo. */
  @FieldResolver(() => String, { nullable: true, description: 'Public path of the logo (PNG or JPEG) on this API, e.g. /societies/CSEE/logo?v=…; null without one' })
  async logoUrl(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    const branding = await loaders.brandingBySocietyId.load(society.id);
    const logo = branding?.logoFile;
    // The version in the address lets portals cache the image for good and still see a new logo at once.
    return logo ? `/societies/${encodeURIComponent(society.code)}/logo?v=${logo.id.slice(0, 8)}` : null;
  }

  /** #RRGGBB, null when the society has not set it. */
  @FieldResolver(() => String, { nullable: true, description: 'Main colour of the branded portal, #RRGGBB' })
  async primaryColor(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    return (await loaders.brandingBySocietyId.load(society.id))?.primaryColor ?? null;
  }

  /** #RRGGBB, null when the society has not set it. */
  @FieldResolver(() => String, { nullable: true, description: 'Accent colour of the branded portal, #RRGGBB' })
  async accentColor(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    return (await loaders.brandingBySocietyId.load(society.id))?.accentColor ?? null;
  }

  /** The society's own site, null when not set. */
  @FieldResolver(() => String, { nullable: true, description: 'The society’s portal or web site' })
  async siteUrl(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    return (await loaders.brandingBySocietyId.load(society.id))?.siteUrl ?? null;
  }

  /** The society's published contact people, in order. */
  @FieldResolver(() => [ContactPersonType], { nullable: true, description: 'Whom applicants of this society contact for help, or about a result or an examiner (seed 000)' })
  async contacts(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<ContactPersonType[]> {
    return (await loaders.contactsBySocietyId.load(society.id)).map(toContactPersonType);
  }

  /** The federation's complaint contacts: the same for every society. */
  @FieldResolver(() => [ContactPersonType], { nullable: true, description: 'Where to appeal or complain about registration and its management: the federation’s quality supervision committee, then its secretariat (seed 000)' })
  async complaintContacts(@Ctx() { loaders }: RequestContext): Promise<ContactPersonType[]> {
    return (await loaders.federationContacts.load('federation')).map(toContactPersonType);
  }

  /** Sets the scope society's logo, colours and site address (its staff, or a federation admin in the society). */
  @Mutation(() => SocietyType, { nullable: true })
  async updateSocietyBranding(@Ctx() ctx: RequestContext, @Arg('input', () => SocietyBrandingInput) input: SocietyBrandingInput): Promise<SocietyType> {
    return toSocietyType(await updateSocietyBranding(ctx.em, ctx, input, ctx.clock()));
  }

  /** Replaces the scope society's contact people (its staff, or a federation admin in the society). */
  @Mutation(() => SocietyType, { nullable: true })
  async setSocietyContacts(@Ctx() ctx: RequestContext, @Arg('contacts', () => [ContactPersonInput]) contacts: ContactPersonInput[]): Promise<SocietyType> {
    return toSocietyType(await setSocietyContacts(ctx.em, ctx, contacts));
  }

  /** Replaces the federation's complaint contacts (federation admins). */
  @Mutation(() => [ContactPersonType], { nullable: true })
  async setFederationComplaintContacts(@Ctx() ctx: RequestContext, @Arg('contacts', () => [ContactPersonInput]) contacts: ContactPersonInput[]): Promise<ContactPersonType[]> {
    return (await setFederationComplaintContacts(ctx.em, ctx, contacts)).map(toContactPersonType);
  }
}
