/**
 * docs/SECURITY.md names, for every threat, the tests that prove its defence. This keeps those names true:
 * every test file a row names exists, and every quoted title after it is found in that file, so a test
 * that is renamed, moved or deleted fails here instead of leaving the threat model pointing at nothing.
 *
 * How a row reads: the last cell lists `file.test.ts` names, each followed by optional "quoted titles"
 * (a title ending in … is a prefix) and an optional (explanation in parentheses, not checked).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

interface NamedTest {
  readonly row: string;
  readonly file: string;
  readonly titles: readonly string[];
}

const TEST_FILE = /\.(?:test|spec)\.tsx?$/;

function threatRows(markdown: string): { id: string; proof: string }[] {
  return markdown
    .split('\n')
    .map((line) => /^\|\s*([A-Z]\d+)\s*\|(.*)\|\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const cells = (m[2] ?? '').split('|');
      return { id: m[1] ?? '', proof: cells[cells.length - 1] ?? '' };
    });
}

/** Parenthesised explanations may quote things that are not titles; drop them (they do not nest here). */
function withoutExplanations(cell: string): string {
  return cell.replace(/\([^()]*\)/g, ' ');
}

function namedTests(markdown: string): NamedTest[] {
  const out: { row: string; file: string; titles: string[] }[] = [];
  for (const { id, proof } of threatRows(markdown)) {
    for (const m of withoutExplanations(proof).matchAll(/`([^`]+)`|"([^"]+)"/g)) {
      const code = m[1];
      if (code !== undefined) {
        if (TEST_FILE.test(code)) out.push({ row: id, file: code, titles: [] });
        continue;
      }
      const last = out[out.length - 1];
      if (last?.row === id && m[2] !== undefined) last.titles.push(m[2]);
    }
  }
  return out;
}

function trackedTestFiles(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const files = execFileSync('git', ['ls-files', 'src', 'test'], { encoding: 'utf8' }).split('\n');
  for (const f of files.filter((p) => TEST_FILE.test(p))) {
    byName.set(basename(f), [...(byName.get(basename(f)) ?? []), f]);
  }
  return byName;
}

/** Curly and straight apostrophes are the same to a reader; a title ending in … is a prefix. */
function plainQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** The titles of a test file's describe/it/test blocks (a title is the block's first string argument). */
function blockTitles(source: string): string[] {
  const re =
    /\b(?:describe|it|test)(?:\.(?:each\([^)]*\)|concurrent|sequential|only|skipIf\([^)]*\)|runIf\([^)]*\)))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  return [...source.matchAll(re)].map((m) => plainQuotes(m[2] ?? ''));
}

/** Found when it is part of one block's title (B1 in "B1: refuses a tampered table file"). */
function titleFound(source: string, title: string): boolean {
  const wanted = plainQuotes(title.replace(/\s*…$/, '').trim());
  return blockTitles(source).some((t) => t.includes(wanted));
}

const doc = readFileSync('docs/SECURITY.md', 'utf8');

describe('docs/SECURITY.md names tests that exist', () => {
  const named = namedTests(doc);
  const files = trackedTestFiles();

  it('every threat row names at least one test file', () => {
    const rows = threatRows(doc);
    const without = rows.filter((r) => !named.some((n) => n.row === r.id)).map((r) => r.id);
    expect(rows.length).toBeGreaterThan(40);
    expect(without).toEqual([]);
  });

  it('every named test file exists in the repository', () => {
    const missing = named.filter((n) => !files.has(n.file)).map((n) => `${n.row}: ${n.file}`);
    expect(missing).toEqual([]);
  });

  it('every quoted title is found in the file named before it', () => {
    const missing: string[] = [];
    for (const n of named) {
      const sources = (files.get(n.file) ?? []).map((p) => readFileSync(p, 'utf8'));
      for (const title of n.titles) {
        if (!sources.some((s) => titleFound(s, title))) missing.push(`${n.row}: ${n.file} "${title}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds a title only in a block title, not in a comment or a string inside a test', () => {
    const source = [
      '// B7: a gap is a warning',
      "describe('B5 + B6', () => {",
      "  it('B1: refuses a tampered table file, naming it', () => expect('B9').toBe('B9'));",
      '});',
    ].join('\n');
    expect(titleFound(source, 'B1: refuses a tampered…')).toBe(true);
    expect(titleFound(source, 'B5 + B6')).toBe(true);
    expect(titleFound(source, 'B7')).toBe(false);
    expect(titleFound(source, 'B9')).toBe(false);
  });

  it('reads a row the way the doc writes it', () => {
    const row =
      '| B9 | t | d | `a.test.ts` "B9: one…", "two" (explains "not a title"); e2e `b.spec.ts` "three" |';
    expect(namedTests(row)).toEqual([
      { row: 'B9', file: 'a.test.ts', titles: ['B9: one…', 'two'] },
      { row: 'B9', file: 'b.spec.ts', titles: ['three'] },
    ]);
  });
});
