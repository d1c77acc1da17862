/**
 * The project explains itself: code and config point only to documents inside the repository (docs/), never
 * to planning documents that live elsewhere or to issue numbers a maintainer cannot open.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTSIDE = [
  /\b(?:DESIGN|THREATS|PEERS|CONVENTIONS)\.md\b/,
  /\bDOMAIN\.md\b/,
  // The planning documents by name and id ("THREATS E2", "DESIGN §4"): ids live in docs/SECURITY.md.
  /\b(?:THREATS|DESIGN|DOMAIN)\b(?: [A-Z]?\d|\s*§)/,
  /\bshared\/reference\b/,
  /\.\.\/shared\/[A-Z]/,
  /\b[Ii]ssues? #?\d+\b/,
];

/** Every tracked text file: code, config at the root (packaging, CI, lint), docs and the README. */
function trackedSources(): string[] {
  const out = execFileSync('git', ['ls-files'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => /\.(ts|tsx|js|mjs|cjs|json|md|yml|yaml|html|css|conf)$/.test(f) || f === '.ci/run')
    .filter(
      (f) =>
        !f.startsWith('test/fixtures/') &&
        !f.includes('/draft/') &&
        f !== 'package-lock.json' &&
        f !== 'test/unit/comment-pointers.test.ts',
    );
}

describe('pointers in code and docs', () => {
  it('name no document outside the repository and no issue number', () => {
    const found: string[] = [];
    for (const file of trackedSources()) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (OUTSIDE.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('name only source files that exist (a comment naming a renamed or deleted file is stale)', () => {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
    const names = new Set(tracked.map((f) => basename(f)));
    const stale: string[] = [];
    const code = trackedSources().filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.startsWith('test/unit/'));
    for (const file of code) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const comment = /(?:^\s*(?:\/\/|\/?\*)|\/\/)(.*)$/.exec(line)?.[1];
          if (comment === undefined) return;
          for (const m of comment.matchAll(/(?<![\w/.@*<>-])((?:[\w-]+\/)*[\w.-]+\.(?:ts|tsx|mjs))\b/g)) {
            const name = basename(m[1] ?? '');
            if (!names.has(name)) stale.push(`${file}:${i + 1}: ${name}`);
          }
        });
    }
    expect(stale).toEqual([]);
  });
});
