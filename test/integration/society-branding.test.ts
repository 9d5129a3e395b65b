import { GrantRole } from '../../src/entities/enums';
import { SOCIETY_SEEDS } from '../../src/db/reference/societies.data';
import {
  SetFederationComplaintContactsDocument, SetSocietyContactsDocument, SocietiesBrandingDocument, SocietyBrandingDocument, UpdateSocietyBrandingDocument,
} from '../generated/operations';
import { applicantOf, SAMPLE_FILES, staffOf, upload } from '../helpers/dossier';
import { asOwner, errorOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const brandingRows = () => asOwner(app, async (c) => (await c.query(`select * from society_branding order by society_id`)).rows);
const contactRows = () => asOwner(app, async (c) => (await c.query(`select society_id, position, name, role, phone, email, organisation, organisation_en from contact_person order by society_id nulls first, position`)).rows);
const logoOf = (path: string) => fetch(app.server.url.replace('/graphql', path));

describe("seed 000's contact list", () => {
  it('gives every one of the 14 societies its published contact, and every society the federation’s complaint contacts', async () => {
    app.statements.length = 0;
    await app.gql(SocietyBrandingDocument, { code: 'CSEE' });
    const forOne = app.statements.length;
    app.statements.length = 0;
    const result = await app.gql(SocietiesBrandingDocument, {});
    expect(result.errors).toBeUndefined();
    const societies = result.data!.societies;
    expect(societies).toHaveLength(14);
    // Contacts, complaint contacts and branding of all 14: one statement each, as many as for one society.
    expect(app.statements.length).toBe(forOne);
    const csee = societies.find((s) => s.code === 'CSEE')!;
    expect(csee.contacts).toEqual([expect.objectContaining({ name: '郑老师', phone: '010-63415657', email: null })]);
    expect(societies.find((s) => s.code === 'CAR')!.contacts![0].phone).toBe('13522551228');
    for (const seed of SOCIETY_SEEDS) {
      expect(societies.find((s) => s.code === seed.code)!.contacts!.map((c) => [c.name, c.phone])).toEqual(seed.contacts.map((c) => [c.name, c.phone]));
    }
    expect(csee.complaintContacts).toEqual([
      expect.objectContaining({ organisation: '联合体标准与质量监督委员会', name: '郝老师', phone: '010-68488750', email: 'sqs_c@cast-cse.org.cn' }),
      expect.objectContaining({ organisation: '联合体秘书处', name: '张老师', phone: '010-62166293', email: 'cse@cast-cse.org.cn' }),
    ]);
    expect(csee).toMatchObject({ nameEn: 'Chinese Society for Electrical Engineering', logoUrl: null, primaryColor: null, siteUrl: null });
  });
});

describe('branding by the society’s own staff', () => {
  it('sets logo, colours and site address; the logo is public at its address and cached by version', async () => {
    const staff = await staffOf(app, 'CSEE');
    const logo = await upload(app, staff.token, 'CSEE', SAMPLE_FILES.png, 'logo.png');
    expect(logo.status).toBe(201);
    const result = await app.gql(UpdateSocietyBrandingDocument, { input: { logoFileId: logo.json.id!, primaryColor: '#004B87', accentColor: '#f0a000', siteUrl: 'https://www.csee.org.cn/' } }, { token: staff.token, society: 'CSEE' });
    expect(result.errors).toBeUndefined();
    const society = result.data!.updateSocietyBranding!;
    expect(society).toMatchObject({ primaryColor: '#004B87', accentColor: '#f0a000', siteUrl: 'https://www.csee.org.cn/' });
    expect(society.logoUrl).toMatch(/^\/societies\/CSEE\/logo\?v=[0-9a-f]{8}$/);

    const image = await logoOf(society.logoUrl!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(SAMPLE_FILES.png);

    // Read back anonymously, and an omitted field keeps its value while null clears one.
    const cleared = await app.gql(UpdateSocietyBrandingDocument, { input: { accentColor: null } }, { token: staff.token, society: 'CSEE' });
    expect(cleared.data!.updateSocietyBranding).toMatchObject({ primaryColor: '#004B87', accentColor: null, siteUrl: 'https://www.csee.org.cn/' });
    expect((await app.gql(SocietyBrandingDocument, { code: 'CSEE' })).data!.society).toMatchObject({ primaryColor: '#004B87', logoUrl: society.logoUrl });
  });

  it('answers 404 for a society without a logo, an unknown society, or a path that is no society code', async () => {
    for (const path of ['/societies/CSAE/logo', '/societies/NOPE/logo', '/societies/..%2Ffiles/logo']) {
      expect([path, (await logoOf(path)).status]).toEqual([path, 404]);
    }
  });

  it.each([
    ['a colour that is not #RRGGBB', { primaryColor: 'red' }, 'BAD_USER_INPUT', 'input.primaryColor'],
    ['a colour with alpha', { accentColor: '#00000000' }, 'BAD_USER_INPUT', 'input.accentColor'],
    ['a javascript: address', { siteUrl: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'input.siteUrl'],
    ['an address with a space', { siteUrl: 'https://csee.org.cn/a b' }, 'BAD_USER_INPUT', 'input.siteUrl'],
    ['a logo id that is no UUID', { logoFileId: 'logo.png' }, 'MALFORMED_ID', 'input.logoFileId'],
    ['a logo id naming no file', { logoFileId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.logoFileId'],
  ])('refuses %s and changes nothing', async (_case, input, code, field) => {
    const staff = await staffOf(app, 'CSEE');
    const before = await brandingRows();
    const result = await app.gql(UpdateSocietyBrandingDocument, { input }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(result)).toMatchObject({ code, field });
    expect(await brandingRows()).toEqual(before);
  });

  it("never publishes someone else's upload (an applicant's photo) or a PDF as the logo", async () => {
    const staff = await staffOf(app, 'CSEE');
    const applicant = await applicantOf(app, 'CSEE');
    const photo = await upload(app, applicant.token, 'CSEE', SAMPLE_FILES.jpeg, 'photo.jpg');
    const pdf = await upload(app, staff.token, 'CSEE', SAMPLE_FILES.pdf, 'logo.pdf');
    const before = await brandingRows();
    expect(errorOf(await app.gql(UpdateSocietyBrandingDocument, { input: { logoFileId: photo.json.id! } }, { token: staff.token, society: 'CSEE' }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.logoFileId' });
    expect(errorOf(await app.gql(UpdateSocietyBrandingDocument, { input: { logoFileId: pdf.json.id! } }, { token: staff.token, society: 'CSEE' }))).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', field: 'input.logoFileId' });
    expect(await brandingRows()).toEqual(before);
  });

  it.each([
    ['an applicant of the society', () => applicantOf(app, 'CSEE'), 'CSEE', 'FORBIDDEN'],
    ["another society's staff in that society", () => staffOf(app, 'CSAE'), 'CSEE', 'SOCIETY_ACCESS_DENIED'],
    ['the federation evaluation committee', () => loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE }), 'CSEE', 'FORBIDDEN'],
    ['staff without a society scope', () => staffOf(app, 'CSEE'), undefined, 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_case, who, society, code) => {
    const actor = await who();
    const before = [await brandingRows(), await contactRows()];
    expect(errorOf(await app.gql(UpdateSocietyBrandingDocument, { input: { primaryColor: '#123456' } }, { token: actor.token, society }))).toMatchObject({ code });
    expect(errorOf(await app.gql(SetSocietyContactsDocument, { contacts: [{ name: '某老师', phone: '010-1234567' }] }, { token: actor.token, society }))).toMatchObject({ code });
    expect([await brandingRows(), await contactRows()]).toEqual(before);
  });

  it('lets a federation admin working in the society edit it', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const result = await app.gql(UpdateSocietyBrandingDocument, { input: { primaryColor: '#1A2B3C' } }, { token: admin.token, society: 'CSAE' });
    expect(result.data!.updateSocietyBranding).toMatchObject({ code: 'CSAE', primaryColor: '#1A2B3C' });
  });
});

describe('contact people', () => {
  it("replaces the society's list in the order given", async () => {
    const staff = await staffOf(app, 'CES');
    const contacts = [
      { name: '龚老师', phone: '010-63256975', role: '工程能力评价咨询' },
      { name: '李老师', email: 'eval@ces.example.cn', phone: '+86 10 6325 6976' },
    ];
    const result = await app.gql(SetSocietyContactsDocument, { contacts }, { token: staff.token, society: 'CES' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setSocietyContacts!.contacts!.map((c) => [c.name, c.phone, c.email])).toEqual([
      ['龚老师', '010-63256975', null], ['李老师', '+86 10 6325 6976', 'eval@ces.example.cn'],
    ]);
  });

  it.each([
    ['a bad email', [{ name: '甲', phone: '010-1234567' }, { name: '乙', email: 'not-an-email' }], 'contacts[1].email'],
    ['letters in a phone number', [{ name: '甲', phone: 'call me' }], 'contacts[0].phone'],
    ['neither phone nor email', [{ name: '甲' }], 'contacts[0].phone'],
    ['an empty name', [{ name: '  ', phone: '010-1234567' }], 'contacts[0].name'],
    ['21 people', Array.from({ length: 21 }, (_, i) => ({ name: `第${i}位`, phone: '010-1234567' })), 'contacts'],
  ])('refuses %s and changes nothing', async (_case, contacts, field) => {
    const staff = await staffOf(app, 'CMES');
    const before = await contactRows();
    expect(errorOf(await app.gql(SetSocietyContactsDocument, { contacts }, { token: staff.token, society: 'CMES' }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await contactRows()).toEqual(before);
  });

  it("keeps the federation's complaint contacts to federation admins", async () => {
    const staff = await staffOf(app, 'CSEE');
    const contacts = [{ organisation: '联合体秘书处', organisationEn: 'CSE Secretariat', name: '张老师', phone: '010-62166293', email: 'cse@cast-cse.org.cn' }];
    const before = await contactRows();
    expect(errorOf(await app.gql(SetFederationComplaintContactsDocument, { contacts }, { token: staff.token, society: 'CSEE' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await contactRows()).toEqual(before);
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const result = await app.gql(SetFederationComplaintContactsDocument, { contacts }, { token: admin.token });
    expect(result.data!.setFederationComplaintContacts).toEqual([expect.objectContaining({ name: '张老师', organisationEn: 'CSE Secretariat' })]);
    expect((await app.gql(SocietyBrandingDocument, { code: 'GSC' })).data!.society!.complaintContacts).toHaveLength(1);
  });
});
