import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from '../src/graphql/build-schema';

/** Writes schema/schema.graphql from the type-graphql build (run after every schema change, then commit). */
async function emit(): Promise<void> {
  const target = path.resolve(__dirname, '..', 'schema', 'schema.graphql');
  writeFileSync(target, printApiSchema(await buildApiSchema()));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void emit();
