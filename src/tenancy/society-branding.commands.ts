import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, ContactPerson, Society, SocietyBranding, StoredFile } from '../entities';
import { AppError } from '../errors/app-error';
import { allowBrandingAction, LOGO_CONTENT_TYPES, mayBecomeLogo } from '../policies/society-branding.policy';
import type { PolicySubject } from '../policies/policy-subject';

/** Most contact people a society or the federation publishes (seed 000 lists one per society, two for complaints). */
export const MAX_CONTACTS = 20;

/** A branding change: undefined keeps a value, null clears it (colours and site address are format-checked by the input rules). */
export interface BrandingChange {
  primaryColor?: string | null;
  accentColor?: string | null;
  siteUrl?: string | null;
  logoFileId?: string | null;
}

/** One contact person as entered. */
export interface ContactInput {
  name: string;
  role?: string | null;
  phone?: string | null;
  email?: string | null;
  organisation?: string | null;
  organisationEn?: string | null;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new AppError('BAD_USER_INPUT', { field, params: { detail: `at most ${max} characters`, detailZh: `不得超过 ${max} 个字符` } });
  return text === '' ? null : text;
}

function requiredText(value: string, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (text === null) throw new AppError('BAD_USER_INPUT', { field, params: { detail: 'must not be empty', detailZh: '不能为空' } });
  return text;
}

/** The society the request acts in: branding is always the scope's own, never one named by an argument. */
function scopeSociety(em: EntityManager, subject: PolicySubject): Promise<Society> {
  const society = subject.scope.society;
  if (!society) throw new AppError('SOCIETY_REQUIRED');
  return em.findOneOrFail(Society, { id: society.id });
}

/** Changes the scope society's logo, colours and site address; everything is checked before anything is written. */
export async function updateSocietyBranding(em: EntityManager, subject: PolicySubject, change: BrandingChange, now: Date): Promise<Society> {
  if (!subject.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowBrandingAction(subject, { kind: 'editSocietyBranding' })) throw new AppError('FORBIDDEN');
  const society = await scopeSociety(em, subject);
  let logo: StoredFile | null | undefined;
  if (change.logoFileId === null) logo = null;
  else if (change.logoFileId !== undefined) {
    const file = await em.findOne(StoredFile, { id: change.logoFileId });
    const facts = file && { ownerId: file.owner.id, societyId: file.society.id, applicationId: file.application?.id, purpose: file.purpose };
    // Not one's own upload in this society looks like no file at all: an id reveals nothing.
    if (!file || !facts || !mayBecomeLogo(subject, facts)) throw new AppError('NOT_FOUND', { field: 'input.logoFileId' });
    if (!LOGO_CONTENT_TYPES.has(file.contentType)) {
      throw new AppError('UNSUPPORTED_FILE_TYPE', { field: 'input.logoFileId', params: { allowed: 'PNG, JPEG' } });
    }
    logo = file;
  }
  const branding = (await em.findOne(SocietyBranding, { society })) ?? em.create(SocietyBranding, { society, updatedAt: now });
  if (change.primaryColor !== undefined) branding.primaryColor = change.primaryColor;
  if (change.accentColor !== undefined) branding.accentColor = change.accentColor;
  if (change.siteUrl !== undefined) branding.siteUrl = change.siteUrl;
  if (logo !== undefined) {
    branding.logoFile = logo;
    if (logo && !logo.attachedAt) logo.attachedAt = now;
  }
  branding.updatedBy = subject.principal ? em.getReference(Account, subject.principal.accountId) : null;
  branding.updatedAt = now;
  em.persist(branding);
  await em.flush();
  return society;
}

function checkedContacts(contacts: readonly ContactInput[], field: string): ContactInput[] {
  if (contacts.length > MAX_CONTACTS) {
    throw new AppError('BAD_USER_INPUT', { field, params: { detail: `at most ${MAX_CONTACTS} contact people`, detailZh: `联系人不得超过 ${MAX_CONTACTS} 位` } });
  }
  return contacts.map((contact, index) => {
    const at = `${field}[${index}]`;
    const checked: ContactInput = {
      name: requiredText(contact.name, `${at}.name`, 50),
      role: optionalText(contact.role, `${at}.role`, 200),
      phone: optionalText(contact.phone, `${at}.phone`, 30),
      email: optionalText(contact.email, `${at}.email`, 254),
      organisation: optionalText(contact.organisation, `${at}.organisation`, 100),
      organisationEn: optionalText(contact.organisationEn, `${at}.organisationEn`, 200),
    };
    if (!checked.phone && !checked.email) {
      throw new AppError('BAD_USER_INPUT', { field: `${at}.phone`, params: { detail: 'a contact needs a phone or an email', detailZh: '联系人须有电话或邮箱' } });
    }
    return checked;
  });
}

async function replaceContacts(em: EntityManager, society: Society | null, contacts: ContactInput[]): Promise<void> {
  await em.nativeDelete(ContactPerson, { society });
  contacts.forEach((contact, position) => em.persist(em.create(ContactPerson, { ...contact, society, position })));
  await em.flush();
}

/** Replaces the scope society's published contact people (the order given is the order shown). */
export async function setSocietyContacts(em: EntityManager, subject: PolicySubject, contacts: readonly ContactInput[]): Promise<Society> {
  if (!subject.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowBrandingAction(subject, { kind: 'editSocietyBranding' })) throw new AppError('FORBIDDEN');
  const checked = checkedContacts(contacts, 'contacts');
  const society = await scopeSociety(em, subject);
  await replaceContacts(em, society, checked);
  return society;
}

/** Replaces the federation's complaint contacts (seed 000: quality supervision committee, then the secretariat). */
export async function setFederationComplaintContacts(em: EntityManager, subject: PolicySubject, contacts: readonly ContactInput[]): Promise<ContactPerson[]> {
  if (!allowBrandingAction(subject, { kind: 'editFederationContacts' })) throw new AppError('FORBIDDEN');
  const checked = checkedContacts(contacts, 'contacts');
  await replaceContacts(em, null, checked);
  return em.find(ContactPerson, { society: null }, { orderBy: { position: 'asc' } });
}
