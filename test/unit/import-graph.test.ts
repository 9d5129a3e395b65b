import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * Dependencies point one way (issue 9): commands → workflow and policies → entities. The graph is read by the
 * TypeScript compiler (ts.preProcessFile: every import, `import type`, `export … from`, `import()` and require, over
 * any number of lines) and resolved as the compiler resolves it (tsconfig.json's module resolution): a type is a
 * dependency too.
 */
const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const configFile = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
const host = ts.createCompilerHost(options);

/** The modules of src a file imports or re-exports, as the compiler resolves them (packages left out). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, host).resolvedModule)
    .filter((resolved): resolved is ts.ResolvedModuleFull => resolved !== undefined && !resolved.isExternalLibraryImport)
    .map((resolved) => path.resolve(resolved.resolvedFileName))
    .filter((target) => target.startsWith(SRC + path.sep));
}

const files = sourceFiles(SRC);
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const graph = new Map<string, string[]>(files.map((file) => [rel(file), [...new Set(importsOf(file).map(rel))]]));

/** Strongly connected components with more than one module (Tarjan). */
function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

describe('the import graph of src', () => {
  it('reads the imports it checks (a parser that finds nothing would prove nothing)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('workflow/run-decision.ts')).toEqual(expect.arrayContaining(['workflow/application-events.ts', 'policies/load-application.ts']));
    // Type-only imports and re-exports are edges too.
    expect(graph.get('workflow/run-decision.ts')).toEqual(expect.arrayContaining(['workflow/command-context.ts', 'workflow/decisions/decision.ts']));
    expect(graph.get('workflow/procedure.ts')).toEqual(expect.arrayContaining(['workflow/stages.ts', 'workflow/guard-names.ts']));
  });

  it('counts type-only, multi-line and re-exporting imports alike (the compiler reads them, not a pattern)', () => {
    const text = "import type {\n  A,\n  B,\n} from './a';\nexport * from './b';\nexport { type C } from\n  './c';\nconst d = import('./d');\n";
    expect(ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName)).toEqual(['./a', './b', './c', './d']);
  });

  it('has no import from src/workflow or src/policies into src/dossier, src/assessment, src/notice, src/categories or src/resolvers', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      /^(workflow|policies)\//.test(from) ? targets.filter((to) => /^(dossier|assessment|notice|categories|resolvers)\//.test(to)).map((to) => `${from} → ${to}`) : []);
    expect(upward).toEqual([]);
  });

  it('has no import of the HTTP layer in commands, the workflow or the policies (commands take a CommandContext, never the request)', () => {
    const COMMANDS = /^(workflow|policies|dossier|assessment|notice|registration|cpd|complaints|files|mutual-recognition|certificates|reports|auth|tenancy|jobs|categories)\//;
    const http = [...graph].flatMap(([from, targets]) =>
      COMMANDS.test(from) && !from.endsWith('.resolver.ts')
        ? targets.filter((to) => to.startsWith('http/')).map((to) => `${from} → ${to}`)
        : []);
    expect(http).toEqual([]);
  });

  it('has no import cycle except between entities', () => {
    expect(cycles().filter((component) => !component.every((file) => file.startsWith('entities/')))).toEqual([]);
  });

  it('creates ApplicationEvent rows in one place only: recordApplicationEvent (src/workflow/application-events.ts)', () => {
    const writers = files.filter((file) => /\b(?:create|insert)\(\s*ApplicationEvent\b|new ApplicationEvent\(/.test(readFileSync(file, 'utf8'))).map(rel);
    expect(writers).toEqual(['workflow/application-events.ts']);
  });
});
