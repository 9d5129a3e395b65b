import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../resolvers/common/enums';
import { AccountResolver, CurrentScopeResolver, ExaminerProfileResolver, GrantRelationsResolver } from '../resolvers/accounts/account.resolver';
import { ExaminerResolver } from '../resolvers/examiners/examiner.resolver';
import {
  CompetencyAreaItemsResolver, CompetencyItemAreaResolver, EngineeringFieldRelationsResolver, ReferenceQueryResolver, SocietyFieldsResolver,
} from '../resolvers/reference/reference.resolver';
import { SocietyAdminResolver } from '../resolvers/societies/society-admin.resolver';

/** Every resolver class of the API, listed explicitly. */
export const RESOLVERS = [
  ReferenceQueryResolver,
  SocietyFieldsResolver,
  EngineeringFieldRelationsResolver,
  CompetencyAreaItemsResolver,
  CompetencyItemAreaResolver,
  AccountResolver,
  CurrentScopeResolver,
  GrantRelationsResolver,
  ExaminerProfileResolver,
  SocietyAdminResolver,
  ExaminerResolver,
] as const;

/** Builds the executable schema from the type-graphql classes (without the policy layer). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

/** The SDL committed as schema/schema.graphql: sorted, so that the diff shows real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
