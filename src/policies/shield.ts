import { defaultFieldResolver, GraphQLObjectType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
import type { IRules, ShieldRule } from 'graphql-shield/typings/types';
import { AppError } from '../errors/app-error';
import { plainFieldResolver } from './plain-field-resolver';
import type { PolicySubject } from './policy-subject';

/** What the shield's rules read of the request: the subject, and the access log the dossier reads go to. */
type ShieldContext = PolicySubject & { dossierReads: DossierReadRecorder };
import { ACCESS_TABLE, type TypeAccess } from './access-table';
import { mapMaybe, type MaybePromise } from './maybe-promise';
import { factsOf, OBJECT_CONDITIONS, PART_OF_CONDITION, VIEWER_CONDITIONS, type ConditionName, type ObjectCondition, type ViewerCondition } from './conditions';
import type { FieldAccess } from './mutation-access';
import type { DossierReadRecorder, ReadPath } from './dossier-reads';
import type { ApplicationFacts } from './relations';
import type { DossierPartName } from './visibility-matrix';

function isViewerCondition(name: ConditionName): name is keyof typeof VIEWER_CONDITIONS {
  return name in VIEWER_CONDITIONS;
}

const anonymousKeys = new WeakMap<object, string>();
let anonymousKeyCount = 0;

/** An object's own cache key: its id, else a key of its own for the request. */
function ownKey(parent: object): string {
  const id = (parent as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  let key = anonymousKeys.get(parent);
  if (!key) anonymousKeys.set(parent, (key = `object-${(anonymousKeyCount += 1)}`));
  return key;
}

/** A rule met when any of several viewer conditions is (generated for mutations several kinds of viewer may call). */
function buildAnyOfRule(names: readonly ViewerCondition[]): ShieldRule {
  return rule(names.join('|'), { cache: 'contextual' })((_parent, _args, ctx: ShieldContext) => names.some((name) => VIEWER_CONDITIONS[name](ctx)));
}

/** The rule of one field's access. */
function buildAccessRule(access: FieldAccess): ShieldRule {
  return typeof access === 'string' ? buildConditionRule(access) : buildAnyOfRule(access);
}

/** A field's access as a cache key for its rule. */
function accessKey(access: FieldAccess): string {
  return typeof access === 'string' ? access : access.join('|');
}

function buildConditionRule(name: ConditionName): ShieldRule {
  // Public fields take shield's constant rule: no cache bookkeeping on the thousands of fields of a large page.
  if (name === 'public') return allow;
  if (isViewerCondition(name)) {
    // Viewer-only conditions do not look at the object: once per request is enough.
    return rule(name, { cache: 'contextual' })((_parent, _args, ctx: ShieldContext) => VIEWER_CONDITIONS[name](ctx));
  }
  const condition = OBJECT_CONDITIONS[name] as (subject: PolicySubject, object: unknown) => MaybePromise<boolean>;
  const part = PART_OF_CONDITION[name] as DossierPartName | ((object: unknown) => DossierPartName) | undefined;
  // A dossier object is shown: its part was read, and the access log hears of it with where it was read, so that
  // a value an error then nulled is not logged as shown.
  const decide = (parent: object, ctx: ShieldContext, path: ReadPath | undefined) =>
    mapMaybe(condition(ctx, parent), (allowed) => {
      const facts = allowed && part ? factsOf(parent) : undefined;
      if (facts) ctx.dossierReads.record(facts, typeof part === 'string' ? part : part!(parent), path);
      return allowed;
    });
  if (typeof part === 'function') {
    // Decided per object (files: their purpose decides their part): the object's path is the read.
    const decideObject = objectDecider(name, decide);
    return rule(name, { cache: 'no_cache' })((parent: object, _args, ctx: ShieldContext, info) => decideObject(parent, ctx, info.path));
  }
  if (typeof part !== 'string') {
    // Decided per object (accounts, grants): the object's path is the read.
    return rule(name, { cache: (parent: object) => ownKey(parent) })((parent, _args, ctx: ShieldContext, info) => decide(parent, ctx, info.path.prev));
  }
  const decideField = partDecider(name, part, decide);
  return rule(name, { cache: 'no_cache' })((parent: object, _args, ctx: ShieldContext, info) => decideField(parent, ctx, info.path));
}

/** Decides one field of a dossier part: whether the viewer sees the part of the application the object belongs to. */
type PartDecider = (parent: object, ctx: ShieldContext, path: ReadPath) => MaybePromise<boolean>;

const partDeciders = new Map<ConditionName, PartDecider>();

/**
 * A part of the matrix is decided once per application and stage: every field of every object of that
 * application shares the answer. Kept in two map lookups rather than shield's string-keyed cache, because a
 * page of 100 applications asks thousands of times. The answer is synchronous when the relations are known.
 */
function partDecider(
  name: ConditionName,
  part: DossierPartName,
  decide: (parent: object, ctx: ShieldContext, path: ReadPath | undefined) => MaybePromise<boolean>,
): PartDecider {
  const existing = partDeciders.get(name);
  if (existing) return existing;
  const decisions = new WeakMap<ShieldContext, Map<string, { stage: string; allowed: MaybePromise<boolean> }>>();
  // The part allowed last, for the fields that follow it: the fields of one object (and of the objects nested in it)
  // are resolved one after the other with the same facts, so most calls are answered by three comparisons, without
  // the two map lookups. Keyed like `decisions` (the request's context) and by the facts object itself, with the
  // stage the decision was made at; only a synchronous `true` is kept here. It holds on to the last request's
  // context until the next request asks (one context, not one per request).
  // The object asked last is kept too: its next field needs not even look its facts up again (an object's facts are
  // given when it is made, never changed while its fields resolve).
  let lastCtx: ShieldContext | undefined;
  let lastParent: object | undefined;
  let lastFacts: ApplicationFacts | undefined;
  let lastStage: string | undefined;
  const remember = (ctx: ShieldContext, parent: object, facts: ApplicationFacts) => {
    lastCtx = ctx;
    lastParent = parent;
    lastFacts = facts;
    lastStage = facts.stage;
  };
  const decider: PartDecider = (parent, ctx, path) => {
    if (parent === lastParent && ctx === lastCtx && lastFacts!.stage === lastStage) {
      ctx.dossierReads.record(lastFacts!, part, path);
      return true;
    }
    const facts = factsOf(parent);
    if (!facts) return false;
    if (facts === lastFacts && facts.stage === lastStage && ctx === lastCtx) {
      lastParent = parent;
      ctx.dossierReads.record(facts, part, path);
      return true;
    }
    let known = decisions.get(ctx);
    if (!known) decisions.set(ctx, (known = new Map()));
    const earlier = known.get(facts.id);
    if (earlier?.stage === facts.stage) {
      // Every field read of the part keeps its path: the part counts as shown if any of them reaches the client.
      const allowed = earlier.allowed;
      if (allowed === false) return false;
      if (allowed === true) {
        ctx.dossierReads.record(facts, part, path);
        remember(ctx, parent, facts);
        return true;
      }
      return allowed.then((settled) => {
        if (settled) ctx.dossierReads.record(facts, part, path);
        return settled;
      });
    }
    const allowed = decide(parent, ctx, path);
    known.set(facts.id, { stage: facts.stage, allowed });
    if (allowed === true) remember(ctx, parent, facts);
    return allowed;
  };
  partDeciders.set(name, decider);
  return decider;
}

/**
 * A dossier object whose part depends on the object itself (a file: its purpose) is decided once per object and
 * request, keyed like shield's per-object cache (its id, else the object), and its read recorded at the object's path.
 */
function objectDecider(
  name: ConditionName,
  decide: (parent: object, ctx: ShieldContext, path: ReadPath | undefined) => MaybePromise<boolean>,
): PartDecider {
  const existing = partDeciders.get(name);
  if (existing) return existing;
  const decisions = new WeakMap<ShieldContext, Map<string, MaybePromise<boolean>>>();
  // The object decided last and its answer, for its other fields (resolved one after the other): no lookups.
  let lastCtx: ShieldContext | undefined;
  let lastParent: object | undefined;
  let lastAllowed: MaybePromise<boolean> | undefined;
  const decider: PartDecider = (parent, ctx, path) => {
    if (parent === lastParent && ctx === lastCtx) return lastAllowed!;
    let known = decisions.get(ctx);
    if (!known) decisions.set(ctx, (known = new Map()));
    const key = ownKey(parent);
    let allowed = known.get(key);
    if (allowed === undefined) known.set(key, (allowed = decide(parent, ctx, path.prev)));
    lastCtx = ctx;
    lastParent = parent;
    lastAllowed = allowed;
    return allowed;
  };
  partDeciders.set(name, decider);
  return decider;
}

/** The decider of a field's access when it is a part of the matrix (per application, or per object for files), else undefined. */
function partDeciderOf(access: FieldAccess): PartDecider | undefined {
  if (typeof access !== 'string' || isViewerCondition(access) || PART_OF_CONDITION[access as ObjectCondition] === undefined) return undefined;
  if (!partDeciders.has(access)) buildConditionRule(access);
  return partDeciders.get(access);
}

/**
 * A field of a dossier part, checked in its own resolver instead of through shield's middleware: the same decision
 * (partDecider: factsOf, relationsOf, the matrix) and the same refusal (the value is the error, as shield answers),
 * without graphql-middleware's and shield's layers of calls and closures on each of the thousands of dossier
 * fields of a large page. A decision that throws denies, as a shield rule that throws does.
 */
function partGuardedResolver(decide: PartDecider, resolve: GraphQLFieldResolver<unknown, ShieldContext>): GraphQLFieldResolver<object, ShieldContext> {
  const refuse = (ctx: ShieldContext) => new AppError(ctx.principal ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  return (parent, args, ctx, info) => {
    let allowed: MaybePromise<boolean>;
    try {
      allowed = decide(parent, ctx, info.path);
    } catch {
      return refuse(ctx);
    }
    if (allowed === true) return resolve(parent, args, ctx, info);
    if (allowed === false) return refuse(ctx);
    return allowed.then((settled) => (settled === true ? resolve(parent, args, ctx, info) : refuse(ctx)), () => refuse(ctx));
  };
}

/** Expands the access table over the schema: every field of every listed type gets its rule. */
export function buildRuleTree(schema: GraphQLSchema, table: Record<string, TypeAccess> = ACCESS_TABLE): IRules {
  const rules = new Map<string, ShieldRule>();
  const ruleFor = (access: FieldAccess) => {
    let built = rules.get(accessKey(access));
    if (!built) rules.set(accessKey(access), (built = buildAccessRule(access)));
    return built;
  };
  const tree: Record<string, Record<string, ShieldRule>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const access = table[type.name];
    if (access === undefined) continue;
    tree[type.name] = {};
    for (const fieldName of Object.keys((type as GraphQLObjectType).getFields())) {
      const condition = typeof access === 'string' ? access : access[fieldName];
      if (condition) tree[type.name][fieldName] = ruleFor(condition);
    }
  }
  return tree as IRules;
}

/** The fields the table declares public: their rule is `allow`, so the shield wrapper can be taken off again. */
function publicFields(schema: GraphQLSchema, table: Record<string, TypeAccess>): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const access = table[type.name];
    for (const fieldName of Object.keys(type.getFields())) {
      const condition = typeof access === 'string' ? access : access?.[fieldName];
      if (condition === 'public') fields.push([type.name, fieldName]);
    }
  }
  return fields;
}

/** The fields whose access is one part of the matrix, with the part's decider. */
function partFields(schema: GraphQLSchema, table: Record<string, TypeAccess>): Array<[string, string, PartDecider]> {
  const fields: Array<[string, string, PartDecider]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const access = table[type.name];
    if (access === undefined) continue;
    for (const fieldName of Object.keys(type.getFields())) {
      const condition = typeof access === 'string' ? access : access[fieldName];
      const decide = condition ? partDeciderOf(condition) : undefined;
      if (decide) fields.push([type.name, fieldName, decide]);
    }
  }
  return fields;
}

/**
 * Wraps the schema in the generated graphql-shield middleware: deny by default, FORBIDDEN on refusal.
 * Fields the table declares public get their own resolver back: shield's wrapper turns every field into a
 * promise (graphql-shield #416), and for an `allow` rule it decides nothing. Fields of a dossier part are checked
 * in a resolver of their own by the same decision (partGuardedResolver). Undeclared fields keep the wrapper and
 * are denied; the other guarded fields keep it and are checked.
 */
export function applyFieldPolicies(schema: GraphQLSchema, table: Record<string, TypeAccess> = ACCESS_TABLE): GraphQLSchema {
  const permissions = shield(buildRuleTree(schema, table), {
    fallbackRule: deny,
    // An anonymous caller is told to log in; a signed-in one lacks the right.
    fallbackError: (_thrown, _parent, _args, ctx) => new AppError((ctx as Partial<ShieldContext>).principal ? 'FORBIDDEN' : 'UNAUTHENTICATED'),
    // Domain errors thrown by resolvers (NOT_FOUND, BAD_USER_INPUT…) must reach the client unchanged.
    allowExternalErrors: true,
  });
  const guarded = applyMiddleware(schema, permissions);
  for (const [typeName, fieldName] of publicFields(schema, table)) {
    const original = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    (guarded.getType(typeName) as GraphQLObjectType).getFields()[fieldName].resolve = original.resolve;
  }
  // Fields decided by one part of the matrix get a resolver of their own that asks the same decider (see above),
  // and call their resolver method directly where type-graphql's wrapper adds nothing (plainFieldResolver).
  for (const [typeName, fieldName, decide] of partFields(schema, table)) {
    const original = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    const resolve = original.resolve ? plainFieldResolver(typeName, fieldName, original.resolve) : defaultFieldResolver;
    (guarded.getType(typeName) as GraphQLObjectType).getFields()[fieldName].resolve = partGuardedResolver(decide, resolve);
  }
  return guarded;
}
