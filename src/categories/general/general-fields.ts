import { checkCount, checkText } from '../../dossier/input-checks';
import type { CategoryFieldSet } from '../category-plugin';
import { GeneralCategoryFields, GeneralCategoryFieldsInput } from './general-fields.types';

/** The general field set: titles and qualifications, both optional (nothing in it blocks submission). */
export const GENERAL_FIELDS: CategoryFieldSet = {
  objectType: GeneralCategoryFields,
  inputType: GeneralCategoryFieldsInput,
  toStored: (raw, path) => {
    const input = raw as GeneralCategoryFieldsInput;
    checkCount(input.qualifications.length, 10, `${path}.qualifications`);
    return {
      professionalTitle: checkText(input.professionalTitle, `${path}.professionalTitle`, 50) ?? null,
      qualifications: input.qualifications.map((q, index) => checkText(q, `${path}.qualifications[${index}]`, 100, true)!),
    };
  },
  toObject: (stored) =>
    Object.assign(new GeneralCategoryFields(), {
      professionalTitle: typeof stored.professionalTitle === 'string' ? stored.professionalTitle : null,
      qualifications: Array.isArray(stored.qualifications) ? stored.qualifications.map(String) : [],
    }),
  // The field set is dossier content like any other part.
  visibility: { GeneralCategoryFields: 'seesDossierContent' },
};
