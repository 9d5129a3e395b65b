import { Field, ID, InputType } from 'type-graphql';
import { GrantRole } from '../common/enums';

/** A society role to take back, named as grantSocietyRole offered it: by email and role. */
@InputType('RevokeSocietyRoleInput')
export class RevokeSocietyRoleInput {
  @Field() email!: string;
  @Field(() => GrantRole) role!: GrantRole;
  @Field({ description: 'Why (kept on the grant)' }) reason!: string;
}

/** An enterprise role to take back, named as the appointment offered it. */
@InputType('RevokeEnterpriseRoleInput')
export class RevokeEnterpriseRoleInput {
  @Field(() => ID, { nullable: true, description: 'ENTERPRISE_ADMIN: the enterprise; ENTERPRISE_RECOMMENDER: ignored (the admin\'s own)' })
  enterpriseId?: string | null;
  @Field() email!: string;
  @Field(() => GrantRole) role!: GrantRole;
  @Field({ description: 'Why (kept on the grant)' }) reason!: string;
}
