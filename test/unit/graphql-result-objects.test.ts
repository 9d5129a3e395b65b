import { buildSchema, execute, parse } from 'graphql';

/**
 * patches/graphql+16.12.0.patch: graphql-js builds response objects with a constructor whose prototype has no
 * properties, instead of Object.create(null) (a dictionary-mode object in V8: slower to fill, to copy in the GC and
 * to stringify; issue 14). These tests fail when the patch is not applied, and prove the objects still inherit
 * nothing, so no response name (not even an alias `__proto__`) can reach Object.prototype.
 */
const schema = buildSchema('type Query { item: Item, items: [Item!]! } type Item { name: String, size: Int }');
const rootValue = { item: () => ({ name: 'a', size: 1 }), items: () => Promise.resolve([{ name: 'b', size: 2 }]) };

describe('graphql-js response objects (patched)', () => {
  test('are built by the patch constructor, not Object.create(null)', () => {
    const result = execute({ schema, document: parse('{ item { name size } }'), rootValue }) as { data: Record<string, unknown> };
    const item = result.data.item as object;
    const prototype = Object.getPrototypeOf(item) as object | null;
    expect(prototype).not.toBeNull();
    expect(Object.getPrototypeOf(prototype)).toBeNull();
    expect(Object.getOwnPropertyNames(prototype)).toEqual([]);
    expect(Object.getPrototypeOf(result.data)).toBe(prototype);
  });

  test('inherit nothing: an alias __proto__ is an own field, and JSON is unchanged', async () => {
    const result = (await execute({ schema, document: parse('{ __proto__: item { toString: name constructor: size } items { name } }'), rootValue })) as { data: Record<string, unknown> };
    expect(Object.keys(result.data)).toEqual(['__proto__', 'items']);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(result.data))).toBeNull();
    expect(JSON.stringify(result.data)).toBe('{"__proto__":{"toString":"a","constructor":1},"items":[{"name":"b"}]}');
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });

  test('a field without arguments still gets a fresh, ordinary args object (the patch returns before keyMap)', () => {
    const seen: object[] = [];
    // A root value's function is called by the default resolver as (args, context, info).
    const record = (args: Record<string, unknown>) => {
      seen.push(args);
      args.leaked = true;
      return 'x';
    };
    const argsSchema = buildSchema('type Query { a: String, b: String }');
    execute({ schema: argsSchema, document: parse('{ a b again: a }'), rootValue: { a: record, b: record } });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    for (const args of seen) expect(Object.getPrototypeOf(args)).toBe(Object.prototype);
    expect(seen.map((args) => Object.keys(args))).toEqual([['leaked'], ['leaked'], ['leaked']]);
  });
});
