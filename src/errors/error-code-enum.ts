import { GraphQLEnumType } from 'graphql';
import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue';

/**
 * The catalogue as a GraphQL enum, built from ERROR_CATALOGUE itself so the schema can never list a code the
 * server does not send (or miss one it does). Each value's description carries the HTTP status and both messages.
 */
export const ErrorCodeEnum = new GraphQLEnumType({
  name: 'ErrorCode',
  description:
    'Every machine-readable code a client can receive in `errors[].extensions.code`, generated from the error catalogue ' +
    '(src/errors/error-catalogue.ts). `extensions.field` names the offending input path where there is one. ' +
    'Messages are Chinese by default, English when Accept-Language prefers English; a request whose Accept-Language ' +
    'names both languages also gets `extensions.messageZh` and `extensions.messageEn`, its own language first.',
  values: Object.fromEntries(
    (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).map((code) => [code, { value: code, description: describe(code) }]),
  ),
});

function describe(code: ErrorCode): string {
  const entry = ERROR_CATALOGUE[code];
  return `HTTP ${entry.status}. ${entry.en} / ${entry.zh}`;
}
