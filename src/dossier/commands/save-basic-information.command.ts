import type { Application } from '../../entities';
import type { CommandContext } from '../../workflow/command-context';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { AppError } from '../../errors/app-error';
import { loadForDossierEdit } from '../application-access';
import { checkDate, checkEmail, checkIdNumber, checkMobile, checkText } from '../input-checks';
import { nameToPinyin } from '../name-pinyin';
import { isIdentityBarred } from '../../registration/barring';

/** The basic-information section; every field may be saved on its own (a draft is never lost). */
export interface BasicInformationInput {
  name?: string | null;
  namePinyin?: string | null;
  idNumber?: string | null;
  birthDate?: string | null;
  membershipNumber?: string | null;
  mailingAddress?: string | null;
  mobile?: string | null;
  email?: string | null;
  employer?: string | null;
  employerEn?: string | null;
  accreditedProgramme?: boolean | null;
  wantsMutualRecognition?: boolean | null;
}

const F = 'input';

/** Saves the basic-information section at the expected version; omitted fields keep their value, null clears. */
export async function saveBasicInformationCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, input: BasicInformationInput): Promise<Application> {
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, 'saveBasicInformation');
  const set = <K extends keyof Application>(key: K, value: Application[K] | undefined, present: boolean) => {
    if (present) application[key] = value as Application[K];
  };
  const has = (key: keyof BasicInformationInput) => input[key] !== undefined;
  set('name', checkText(input.name, `${F}.name`, 50), has('name'));
  if (has('namePinyin')) application.namePinyin = checkText(input.namePinyin, `${F}.namePinyin`, 100);
  else if (has('name') && application.name) application.namePinyin = nameToPinyin(application.name);
  const idNumber = checkIdNumber(input.idNumber, `${F}.idNumber`);
  // A person barred for life is found by identity document, whatever account or society they apply through.
  if (idNumber && (await isIdentityBarred(ctx.em, idNumber))) throw new AppError('APPLICANT_BARRED', { field: `${F}.idNumber` });
  set('idNumber', idNumber, has('idNumber'));
  set('birthDate', input.birthDate ? checkDate(input.birthDate, `${F}.birthDate`) : undefined, has('birthDate'));
  set('membershipNumber', checkText(input.membershipNumber, `${F}.membershipNumber`, 50), has('membershipNumber'));
  set('mailingAddress', checkText(input.mailingAddress, `${F}.mailingAddress`, 300), has('mailingAddress'));
  set('mobile', checkMobile(input.mobile, `${F}.mobile`), has('mobile'));
  set('email', checkEmail(input.email, `${F}.email`), has('email'));
  set('employer', checkText(input.employer, `${F}.employer`, 200), has('employer'));
  set('employerEn', checkText(input.employerEn, `${F}.employerEn`, 300), has('employerEn'));
  set('accreditedProgramme', input.accreditedProgramme ?? undefined, has('accreditedProgramme'));
  set('wantsMutualRecognition', input.wantsMutualRecognition ?? undefined, has('wantsMutualRecognition'));
  await flushWithVersionCheck(ctx);
  return application;
}
