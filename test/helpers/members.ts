import { GrantRole } from '../../src/entities/enums';
import { RegisterMemberDocument } from '../generated/operations';
import { applicantOf, completeDossier } from './dossier';
import { asOwner, loggedIn, type FactoryAccount } from './factories';
import type { RequestOptions, TestApp } from './test-app';

/** A registered member: their account, how to act as them in their society, and the registration. */
export interface Member {
  account: FactoryAccount & { token: string };
  as: RequestOptions;
  society: string;
  applicationId: string;
  registrationId: string;
  registrationNumber: string;
}

let secretariatToken: string | undefined;

/**
 * A member of a society: a complete dossier put at the last step (a factory shortcut, not a journey: the journeys
 * reach registration through the API) and registered by the secretariat through the API. `validFrom` backdates the
 * five-year validity, so a test can speak of earlier CPD years.
 */
export async function registeredMember(app: TestApp, society = 'CSEE', options: { validFrom?: string; wantsMutualRecognition?: boolean } = {}): Promise<Member> {
  const account = await applicantOf(app, society);
  const { id } = await completeDossier(app, account, society, { fieldCode: 'ELECTRICAL', specialtyCode: 'OTHER', gradeCode: 'PROFESSIONAL' });
  await asOwner(app, (c) => c.query(
    `update application set stage = 'AWAITING_REGISTRATION', submitted_at = now(), society_member = true, wants_mutual_recognition = $2 where id = $1`,
    [id, options.wantsMutualRecognition ?? false],
  ));
  secretariatToken ??= (await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT })).token;
  const version = await asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version as number);
  const result = await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: version } }, { token: secretariatToken });
  if (result.errors) throw new Error(`registration failed: ${JSON.stringify(result.errors)}`);
  const registrationNumber = result.data!.registerMember!.registrationNumber;
  const registrationId = await asOwner(app, async (c) => {
    if (options.validFrom) {
      await c.query(`update registration set valid_from = $2::date, valid_until = ($2::date + interval '5 years' - interval '1 day')::date where registration_number = $1`, [registrationNumber, options.validFrom]);
    }
    return (await c.query('select id from registration where registration_number = $1', [registrationNumber])).rows[0].id as string;
  });
  return { account, as: { token: account.token, society }, society, applicationId: id, registrationId, registrationNumber };
}

