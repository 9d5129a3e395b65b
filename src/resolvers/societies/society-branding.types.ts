import { Field, ID, InputType, ObjectType } from 'type-graphql';

/** A person to contact, as published (seed 000 "联系方式"). */
@ObjectType('ContactPerson', { description: 'A person to contact, as published: a society’s evaluation contact or one of the federation’s complaint contacts' })
export class ContactPersonType {
  @Field({ description: 'As published, e.g. 包老师' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What to contact them about' })
  role!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The body they answer for, in Chinese (null: the society itself)' })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'The body they answer for, in English' })
  organisationEn!: string | null;
}

/** A change to the society's branding: an omitted field keeps its value, null clears it. */
@InputType('SocietyBrandingInput')
export class SocietyBrandingInput {
  @Field(() => String, { nullable: true, description: '#RRGGBB' })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true, description: '#RRGGBB' })
  accentColor?: string | null;

  @Field(() => String, { nullable: true, description: 'The society’s portal or web site: http(s), at most 200 characters' })
  siteUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'A PNG or JPEG the editor uploaded (POST /files) in this society; null removes the logo' })
  logoFileId?: string | null;
}

/** One contact person as entered: a phone or an email at least. */
@InputType('ContactPersonInput')
export class ContactPersonInput {
  @Field({ description: '1–50 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits with + - ( ) and spaces, e.g. 010-58933071' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The body they answer for, in Chinese (federation contacts)' })
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  organisationEn?: string | null;
}
