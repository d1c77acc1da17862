/**
 * The docs name what exists. A reader follows docs/*.md and the README literally, and a comment's pointer
 * into them must land somewhere, so this fails when either drifts from the code:
 * - every file or folder a doc names in `backticks` is in the repository (or, for a name the app writes
 *   at run time such as `files/annex.json` or `sentinel.json`, appears in the source as that literal);
 * - every function, type or constant a doc names in backticks appears in the code;
 * - every `npm run <script>` a doc gives is a script in package.json;
 * - every `docs/<name>.md` a source file or doc points to exists, with the section (§N), the quoted heading
 *   or the threat id (docs/SECURITY.md B5) it names.
 * docs/SECURITY.md's named tests are checked apart (security-doc.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
/** docs/*.md and every README (the repository's, and those of src/renderer/db, data, docs/fonts). */
const docFiles = tracked.filter((f) => /^docs\/[^/]+\.md$/.test(f) || basename(f) === 'README.md');
const docs = new Map(docFiles.map((f) => [f, readFileSync(f, 'utf8')]));

const paths = new Set(tracked);
const folders = new Set(
  tracked.flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, a) => a.slice(0, i + 1).join('/')),
  ),
);
const names = new Set(tracked.map((f) => basename(f)));

const CODE_DIRS = ['src', 'test', 'bench', 'scripts'];
const codeFiles = tracked.filter(
  (f) =>
    CODE_DIRS.some((d) => f.startsWith(`${d}/`)) &&
    /\.(ts|tsx|mjs|js|json)$/.test(f) &&
    !f.startsWith('test/fixtures/'),
);
const codeText = [...codeFiles, 'eslint.config.js', 'playwright.config.ts', 'vite.config.ts']
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const codeWords = new Set(codeText.toLowerCase().match(/[a-z_$][a-z0-9_$]*/g) ?? []);

interface Named {
  readonly doc: string;
  readonly line: number;
  readonly text: string;
}

function backticked(): Named[] {
  const out: Named[] = [];
  for (const [doc, text] of docs) {
    text.split('\n').forEach((l, i) => {
      for (const m of l.matchAll(/`([^`\n]+)`/g)) out.push({ doc, line: i + 1, text: m[1] ?? '' });
    });
  }
  return out;
}

/** A placeholder the reader fills in (`<feature>`, `*-writes.ts`, `x.worker.ts`), not a name to find. */
const isPlaceholder = (t: string): boolean => /[<>*…]|\bxxx|\bX[A-Z]|^x\./.test(t);

/** A repository path: a source or doc file name, or a folder of ours (`features/bundles/workers/`). */
const REPO_TOP =
  /^(src|test|bench|scripts|docs|shared|renderer|main|preload|app|features|data|db|ui|workers|platform|rules-runtime)\//;
const looksLikePath = (t: string): boolean =>
  !/\s/.test(t) &&
  (/\.(ts|tsx|mjs|js|json|md|yml|html|conf|xls|xlsx|docx|css)$/.test(t) ||
    (REPO_TOP.test(t) && /^[\w./-]+$/.test(t)) ||
    /^[\w.-]+\/$/.test(t));

function pathExists(t: string): boolean {
  const p = t.replace(/\/$/, '');
  const prefixes = ['', 'src/', 'src/renderer/', 'src/renderer/features/'];
  if (prefixes.some((pre) => paths.has(pre + p) || folders.has(pre + p))) return true;
  if (!p.includes('/') && names.has(p)) return true;
  if (tracked.some((f) => f.endsWith(`/${p}`)) || [...folders].some((d) => d.endsWith(`/${p}`))) return true;
  // A name the app writes at run time (a bundle entry, a data-folder file): the source spells it out.
  // Source files and docs must exist as files; a stale comment naming one does not count.
  return !/\.(ts|tsx|mjs|js|md)$/.test(p) && codeText.includes(p);
}

/** camelCase, PascalCase with a lower-case letter, or CONSTANT_CASE: a name from the code, not a word. */
const IDENTIFIER = /^([A-Za-z_$][\w$]*)(?:\(.*\))?$/;
const looksLikeIdentifier = (t: string): boolean => {
  const m = IDENTIFIER.exec(t);
  const id = m?.[1] ?? '';
  return m !== null && (/[a-z][A-Z]/.test(id) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(id));
};

describe('the docs name what exists', () => {
  const all = backticked().filter((n) => !isPlaceholder(n.text));

  it('every file or folder a doc names is in the repository', () => {
    const missing = all
      .filter((n) => looksLikePath(n.text) && !pathExists(n.text))
      .map((n) => `${n.doc}:${n.line} ${n.text}`);
    expect(missing).toEqual([]);
  });

  it('every function, type or constant a doc names is in the code', () => {
    const missing = all
      .filter((n) => looksLikeIdentifier(n.text))
      .filter((n) => !codeWords.has((IDENTIFIER.exec(n.text)?.[1] ?? '').toLowerCase()))
      .map((n) => `${n.doc}:${n.line} ${n.text}`);
    expect(missing).toEqual([]);
  });

  it('every npm script a doc gives is in package.json', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts,
    );
    const given = [...docs].flatMap(([doc, text]) =>
      [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => ({ doc, script: m[1] ?? '' })),
    );
    expect(given.length).toBeGreaterThan(5);
    expect(
      given.filter((g) => !scripts.includes(g.script)).map((g) => `${g.doc}: npm run ${g.script}`),
    ).toEqual([]);
  });
});

/** The pointers `docs/x.md §N`, `docs/x.md "Heading"` and `docs/SECURITY.md B5` in code, config and docs. */
const ID = String.raw`[A-Z]\d+(?:[–-][A-Z]?\d+)?`;
const POINTER = new RegExp(
  String.raw`docs\/([\w-]+\.md)(?: (§\d+(?:\.\d+)?)| \(?"([^"]+)"| (${ID}(?:(?:, | and | \+ |\/)${ID})*)\b)?`,
  'g',
);

/** Each threat id of a list such as "B5, B6", "Z1–Z5 and J1–J2" or "S3/Z1" (a range by its two ends). */
function threatIds(list: string): string[] {
  return list.split(/, | and | \+ |\//).flatMap((part) => {
    const [from = '', to] = part.split(/[–-]/);
    if (to === undefined) return [from];
    return [from, /^[A-Z]/.test(to) ? to : `${from.charAt(0)}${to}`];
  });
}

function pointerSources(): string[] {
  return tracked.filter(
    (f) =>
      /\.(ts|tsx|js|mjs|cjs|json|md|yml)$/.test(f) &&
      !f.startsWith('test/fixtures/') &&
      !f.includes('/draft/') &&
      f !== 'package-lock.json' &&
      f !== 'test/unit/doc-names.test.ts',
  );
}

function pointerMisses(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(POINTER)) {
      const [, name = '', section, heading, threat] = m;
      const where = `${file}:${i + 1} ${m[0]}`;
      const doc = docs.get(`docs/${name}`);
      if (doc === undefined) out.push(`${where}: no such doc`);
      else if (section !== undefined) {
        const n = section.slice(1).replace('.', '\\.');
        if (!new RegExp(`^#+ +§?${n}[. ]`, 'm').test(doc)) out.push(`${where}: no such section`);
      } else if (heading !== undefined && !doc.includes(heading)) out.push(`${where}: no such heading`);
      else if (threat !== undefined) {
        for (const id of threatIds(threat))
          if (!new RegExp(`^\\| ${id} \\|`, 'm').test(doc)) out.push(`${where}: no such threat id ${id}`);
      }
    }
  });
  return out;
}

describe('pointers into docs/ land somewhere', () => {
  it('every doc, section, heading and threat id pointed to exists', () => {
    const misses = pointerSources().flatMap((f) => pointerMisses(f, readFileSync(f, 'utf8')));
    expect(misses).toEqual([]);
  });

  it('reads the three pointer forms', () => {
    const text =
      'see docs/ARCHITECTURE.md §42, docs/SECURITY.md B1, Q9 and Z1–Z7 and docs/rules.md "No such heading"';
    expect(pointerMisses('x.ts', text).map((m) => m.split(': ').at(-1))).toEqual([
      'no such section',
      'no such threat id Q9',
      'no such threat id Z7',
      'no such heading',
    ]);
  });
});
