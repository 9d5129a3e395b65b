import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues, getNamedType, getVariableValues, isInputObjectType, isListType, isNonNullType, TypeInfo, visit, visitWithTypeInfo,
  type DocumentNode, type FieldNode, type GraphQLField, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { checkCalendarDate, checkInstant, checkIntegerRange } from '../common/input-ranges';
import { checkTextFormat } from '../common/input-formats';
import { decodeGlobalId } from '../common/global-id';
import { isUuid } from '../common/is-uuid';
import { textProblem } from '../common/input-text';
import { AppError, type ErrorParams } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-catalogue';
import { catalogueMessages } from '../errors/format-error';
import { INPUT_RULES, ruleForCoordinate, type InputRule } from './input-rules';

/** Collects refusals so that every bad field of a request is reported at once. */
type Problems = AppError[];

/** Runs one check, keeping its refusal instead of stopping at it. */
function collect(problems: Problems, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError) problems.push(error);
    else throw error;
  }
}

function applyRule(rule: InputRule, value: unknown, field: string): void {
  if (rule.kind === 'calendarDate' && typeof value === 'string') checkCalendarDate(value, field);
  if (rule.kind === 'instant' && value instanceof Date) checkInstant(value, field);
  if (rule.kind === 'integer' && typeof value === 'number') checkIntegerRange(value, field, rule);
  if (rule.kind === 'identifier' && typeof value === 'string' && !isUuid(value)) throw new AppError('MALFORMED_ID', { field, params: { field } });
  if (rule.kind === 'globalId' && typeof value === 'string' && !decodeGlobalId(value)) throw new AppError('MALFORMED_GLOBAL_ID', { field, params: { field } });
  if (rule.kind === 'format' && typeof value === 'string') checkTextFormat(value, rule.format, field);
}

/** Walks one coerced argument value along its input type; collects every refusal, each named by its path. */
function checkValue(value: unknown, type: GraphQLInputType, coordinate: string, path: string, problems: Problems): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, coordinate, path, problems);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(item, type.ofType as GraphQLInputType, coordinate, `${path}[${index}]`, problems));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, `${type.name}.${field.name}`, `${path}.${field.name}`, problems);
    }
    return;
  }
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) {
      problems.push(new AppError('BAD_USER_INPUT', { field: path, params: { detail: problem.en, detailZh: problem.zh } }));
      return;
    }
  }
  const rule = ruleForCoordinate(coordinate, getNamedType(type).name);
  if (rule) collect(problems, () => applyRule(rule, value, path));
}

/**
 * One refusal for several problems: the first one's code, field and message, and every problem in `extensions.issues`
 * with its path, code and both messages, so a form marks all bad fields after one round trip.
 */
function refusalOf(problems: Problems): AppError {
  const [first] = problems;
  const extensions = first.extensions as { code: ErrorCode; field?: string; params?: ErrorParams };
  const issues = problems.map((problem) => {
    const { code, field, params } = problem.extensions as { code: ErrorCode; field: string; params?: ErrorParams };
    return { code, field, ...catalogueMessages(code, params) };
  });
  return new AppError(extensions.code, { field: extensions.field, params: extensions.params, issues });
}

/** A field of a document that takes arguments, with its definition and the type it is selected on. */
interface ArgumentSite {
  node: FieldNode;
  fieldDef: GraphQLField<unknown, unknown>;
  parentName: string;
}

/**
 * The argument sites of each operation, found once per parsed document: Apollo hands every request of the same text
 * the same document, and which fields take arguments depends on the document and schema alone (walking it with type
 * information on every request cost ~2% of a small request). Only the values are checked per request.
 */
const sitesOfOperation = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; sites: ArgumentSite[] }>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const known = sitesOfOperation.get(operation);
  if (known?.schema === schema) return known.sites;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    OperationDefinition: (node) => (node === operation ? undefined : false),
    Field(node) {
      const fieldDef = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (fieldDef && parent && node.arguments?.length) sites.push({ node, fieldDef, parentName: getNamedType(parent).name });
    },
  }));
  sitesOfOperation.set(operation, { schema, sites });
  return sites;
}

/** Checks every argument of every field the operation selects (variables and inline literals alike, after coercion). */
export function checkOperationInputs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables that do not coerce are reported by execution itself, with graphql-js' own wording.
  if (coerced.errors) return;
  const problems: Problems = [];
  for (const { node, fieldDef, parentName } of argumentSites(schema, document, operation)) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(fieldDef, node, coerced.coerced);
    } catch {
      continue; // a missing or ill-typed argument: execution reports it
    }
    for (const arg of fieldDef.args) checkValue(args[arg.name], arg.type, `${parentName}.${fieldDef.name}.${arg.name}`, arg.name, problems);
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw refusalOf(problems);
}

/** Fails at start-up when a rule names a coordinate the schema does not have (a renamed field would lose its rule). */
export function assertRulesMatchSchema(schema: GraphQLSchema): void {
  const missing = Object.keys(INPUT_RULES).filter((coordinate) => {
    const [typeName, fieldName, argName] = coordinate.split('.');
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) return true;
    const field = (type.getFields() as Record<string, { args?: ReadonlyArray<{ name: string }> }>)[fieldName];
    if (!field) return true;
    return argName !== undefined && !field.args?.some((arg) => arg.name === argName);
  });
  if (missing.length > 0) throw new Error(`INPUT_RULES name coordinates the schema lacks: ${missing.join(', ')}`);
}

/**
 * The request-level input check: before an operation runs, every string is refused if PostgreSQL could not store
 * it (NUL, lone surrogates), and the table's dates and numbers outside their bounds, each with its argument path.
 */
export const inputGuardPlugin: ApolloServerPlugin = {
  async serverWillStart({ schema }) {
    assertRulesMatchSchema(schema);
  },
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (operation) checkOperationInputs(schema, document, operation, request.variables);
      },
    };
  },
};
