/**
 * The rules core must stay free of import cycles (type-only imports included): the compiler reaches
 * functions and aggregates through the function table, and they reach back only through
 * `CompileScope.compile`. A cycle here is what made adding a function touch three files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Relative imports of each file inside `root`, resolved to file paths. */
function importGraph(root: string): Map<string, string[]> {
  const files = new Set(sourceFiles(root));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s))
      .flatMap((p) => [`${p}.ts`, join(p, 'index.ts')].filter((c) => files.has(c)).slice(0, 1));
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as the list of nodes on it. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      const s = state.get(d);
      if (s === 'open') cycles.push(stack.slice(stack.indexOf(d)));
      else if (s === undefined) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('import cycles', () => {
  it('src/shared/rules has none', () => {
    const graph = importGraph(HERE);
    // The walk sees real edges (type-only ones too), so an empty result means something.
    expect(graph.get(join(HERE, 'expression-compiler.ts'))).toContain(join(HERE, 'expression-functions.ts'));
    expect(graph.get(join(HERE, 'compile-scope.ts'))).toContain(join(HERE, 'aggregates.ts'));
    const named = cyclesIn(graph).map((c) => c.map((p) => p.slice(HERE.length + 1)));
    expect(named).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['compiler', ['functions', 'values']],
      ['functions', ['aggregate']],
      ['aggregate', ['compiler']],
      ['values', []],
    ]);
    expect(cyclesIn(graph)).toEqual([['compiler', 'functions', 'aggregate']]);
  });
});
