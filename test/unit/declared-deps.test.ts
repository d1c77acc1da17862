/**
 * package.json says what is true: every package the code imports is declared, and every runtime dependency
 * is imported by our code or explained in the README ("Dependencies that nothing imports"). An import that
 * only works because another package happens to install it breaks on the next update of that package.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

/**
 * Imported but not declared, each with its reason. They come with electron-builder (a devDependency) and
 * are read only by its config test and the packaging script; declaring them needs a package.json change.
 */
const TRANSITIVE: Readonly<Record<string, string>> = {
  'js-yaml': 'electron-builder.yml is read as electron-builder reads it',
  ajv: "electron-builder.yml is validated against electron-builder's own schema",
  'app-builder-lib': "that schema (app-builder-lib/scheme.json) is electron-builder's",
};

/** Declared for the grid's peer dependencies, imported by none of our files (README). */
const GRID_PEERS = ['lodash', 'marked', 'react-responsive-carousel'];

const NODE_BUILTIN = /^node:/;
/** Vite's own module ids, not packages. */
const VIRTUAL = /^(virtual:|\/@)/;

function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || NODE_BUILTIN.test(specifier)) return null;
  if (VIRTUAL.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|cjs|js)$/.test(f) && !f.startsWith('test/fixtures/'));
}

/** Each package a file imports (static, dynamic, require), by TypeScript's own import scan. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => packageOf(f.fileName)).filter((p): p is string => p !== null);
}

const imported = new Map<string, string[]>();
for (const file of sourceFiles()) {
  for (const p of importsOf(file)) imported.set(p, [...(imported.get(p) ?? []), file]);
}

describe('package.json', () => {
  it('declares every package the code imports', () => {
    const undeclared = [...imported.keys()]
      .filter((p) => !declared.has(p) && !Object.hasOwn(TRANSITIVE, p))
      .map((p) => `${p} (${imported.get(p)?.[0] ?? ''})`);
    expect(imported.size).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it('declares no runtime dependency that nothing imports, except the grid’s documented peers', () => {
    const unused = Object.keys(pkg.dependencies).filter((p) => !imported.has(p) && !GRID_PEERS.includes(p));
    expect(unused).toEqual([]);
    for (const p of GRID_PEERS) {
      expect(imported.has(p), p).toBe(false);
      expect(readFileSync('README.md', 'utf8')).toContain(`\`${p}\``);
    }
  });

  it('lists transitive imports only while they are still imported and not declared', () => {
    for (const p of Object.keys(TRANSITIVE)) {
      expect(imported.has(p), p).toBe(true);
      expect(declared.has(p), p).toBe(false);
    }
  });
});
