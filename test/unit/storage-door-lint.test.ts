/**
 * The lint rule that keeps features out of src/renderer/db (eslint.config.js) really fails a feature
 * that imports it, and leaves the door (src/renderer/data) and the storage layer's own files alone.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('one door to storage', () => {
  it('refuses a feature importing db/', async () => {
    const found = await restrictedImports(
      'src/renderer/features/grid/door-probe.ts',
      "import type { StatusDb } from '../../db/schema';\nexport type Probe = StatusDb;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('src/renderer/data');
  });

  it('accepts a feature importing the repository from data/', async () => {
    const found = await restrictedImports(
      'src/renderer/features/grid/door-probe.ts',
      "import type { Repository } from '../../data/repository';\nexport type Probe = Repository;\n",
    );
    expect(found).toEqual([]);
  });

  it('lets data/ itself reach db/', async () => {
    const found = await restrictedImports(
      'src/renderer/data/door-probe.ts',
      "import type { StatusDb } from '../db/schema';\nexport type Probe = StatusDb;\n",
    );
    expect(found).toEqual([]);
  });
});
