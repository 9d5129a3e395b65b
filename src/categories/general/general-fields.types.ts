import { Field, InputType, ObjectType } from 'type-graphql';

/** The general category's own dossier fields: titles and qualifications held (职称、执业资格). */
@ObjectType('GeneralCategoryFields', { description: 'Dossier fields of the general category (every field without its own plug-in)' })
export class GeneralCategoryFields {
  @Field(() => String, { nullable: true, description: '职称, e.g. 高级工程师' })
  professionalTitle?: string | null;

  @Field(() => [String], { nullable: true, description: '执业资格 held, e.g. 注册电气工程师' })
  qualifications!: string[];
}

/** Input of the general category's fields. */
@InputType()
export class GeneralCategoryFieldsInput {
  @Field(() => String, { nullable: true })
  professionalTitle?: string | null;

  @Field(() => [String])
  qualifications!: string[];
}
