import { Field, InputType } from 'type-graphql';
import { CATEGORY_PLUGINS } from './registry';

/**
 * One input for every category's fields: a field per plug-in, named by its code, of which exactly one is given
 * (@oneOf, set on the built schema: src/graphql/build-schema.ts). A new plug-in adds its field here by being registered.
 */
@InputType('CategoryFieldsInput', { description: "Exactly one category's dossier fields, under the category's code (@oneOf)" })
export class CategoryFieldsInput {
  [code: string]: object | null | undefined;
}

for (const plugin of CATEGORY_PLUGINS) {
  Field(() => plugin.fields.inputType, { nullable: true, description: `The ${plugin.code} category's fields` })(CategoryFieldsInput.prototype, plugin.code);
}

/** The name of the one-of input type (the schema builder marks it). */
export const CATEGORY_FIELDS_INPUT = 'CategoryFieldsInput';
