/**
 * docs/SECURITY.md S4 (malformed .xls/.xlsx/.csv): fast-check mutates seed files — truncation, byte flips,
 * spliced junk, dropped zip parts, wrong content types, huge <dimension> claims, broken shared strings,
 * flipped bytes inside the inflated XML, random bytes under an .xlsx/.xls/.csv name — and feeds each
 * through the parser Worker's own message handler, run in a Node worker thread (test/support/parse-thread), then
 * maps and converts whatever opened. Every case must end in a Chinese refusal or a valid parse whose
 * messages survive structured cloning, with the prototypes unchanged and no storage touched — or, when
 * SheetJS never returns (it loops forever on some damaged .xls files), be stopped at the time limit, as
 * the page's watchdog stops the real Worker (parse-client.ts). FUZZ_RUNS sets the number of cases
 * (default 300) and FUZZ_SEED the seed (test/setup/fast-check-seed.ts: fixed by default, so a CI run is
 * repeatable; nightly runs pass their own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { buildXls, encodeGbk } from '../../../../../test/e2e/fixtures/sheet-files';
import { DEFAULT_SHEET_LIMITS } from '../../../../shared/sheets/sheet-limits';
import { studentTable } from '../../../../shared/sheets/test-tables';
import type { ParseProtocol, ParseResponse, RefusalCode } from './parse-protocol';
import { FUZZ_SEED } from '../../../../../test/setup/fast-check-seed';
import { endlessLoopXls } from '../../../../../test/support/hostile-files';
import { ParseThread } from '../../../../../test/support/parse-thread/parse-thread';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Per request, generous for a loaded CI machine (seeds parse in milliseconds); past it the thread is stopped. */
const CASE_MS = 15_000;
const table = studentTable();
const labels = table.fields.slice(0, 8).map((f) => f.label);
const aoa: unknown[][] = [
  ['学生基本信息', '', '学校：测试学院'],
  labels,
  ...Array.from({ length: 12 }, (_, i) => [
    `2023${String(i).padStart(4, '0')}`,
    `学生${i}`,
    i % 2 ? '男' : '女',
    '汉族',
    '在籍',
    36000 + i * 17,
    '440305',
    '否',
  ]),
];

function seedXlsx(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '学生');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明'], ['第二张表']]), '说明');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer);
}
const csvText = aoa.map((r) => r.map((c) => `"${String(c)}"`).join(',')).join('\r\n');
const seeds: readonly { name: string; bytes: Uint8Array }[] = [
  { name: '学生.xlsx', bytes: seedXlsx() },
  { name: '学生.xls', bytes: buildXls(aoa) },
  { name: '学生.csv', bytes: strToU8(`\ufeff${csvText}`) },
  { name: '学生.csv', bytes: encodeGbk(csvText) },
];

type PartEdit =
  | { t: 'drop' }
  | { t: 'xml-flip'; at: number; xor: number }
  | { t: 'xml-cut'; at: number }
  | { t: 'content-types' }
  | { t: 'dimension'; rows: number; cols: number }
  | { t: 'shared-strings'; how: 'cut' | 'count' | 'index' | 'unclosed' };

type Mutation =
  | { t: 'truncate'; at: number }
  | { t: 'flip'; at: number; xor: number }
  | { t: 'splice'; at: number; junk: Uint8Array }
  | { t: 'part'; part: number; edit: PartEdit }
  | { t: 'noise'; head: 'none' | 'zip' | 'cfb'; body: Uint8Array };

const partEdit: fc.Arbitrary<PartEdit> = fc.oneof(
  fc.record({ t: fc.constant('drop' as const) }),
  fc.record({ t: fc.constant('xml-flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ t: fc.constant('xml-cut' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('content-types' as const) }),
  fc.record({
    t: fc.constant('dimension' as const),
    rows: fc.integer({ min: 1, max: 1_048_576 }),
    cols: fc.integer({ min: 1, max: 16_384 }),
  }),
  fc.record({
    t: fc.constant('shared-strings' as const),
    how: fc.constantFrom('cut' as const, 'count' as const, 'index' as const, 'unclosed' as const),
  }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    t: fc.constant('splice' as const),
    at: fc.nat(),
    junk: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ t: fc.constant('part' as const), part: fc.nat({ max: 15 }), edit: partEdit }),
  fc.record({
    t: fc.constant('noise' as const),
    head: fc.constantFrom('none' as const, 'zip' as const, 'cfb' as const),
    body: fc.uint8Array({ maxLength: 2048 }),
  }),
);

const colName = (n: number): string =>
  n <= 0 ? '' : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

function editPart(files: Record<string, Uint8Array>, name: string, edit: PartEdit): void {
  const data = files[name] as Uint8Array;
  const sheet = 'xl/worksheets/sheet1.xml';
  switch (edit.t) {
    case 'drop':
      delete files[name];
      return;
    case 'xml-flip': {
      const copy = data.slice();
      const at = edit.at % Math.max(1, copy.length);
      copy[at] = (copy[at] ?? 0) ^ edit.xor;
      files[name] = copy;
      return;
    }
    case 'xml-cut':
      files[name] = data.subarray(0, edit.at % Math.max(1, data.length));
      return;
    case 'content-types':
      files['[Content_Types].xml'] = strToU8(
        strFromU8(files['[Content_Types].xml'] ?? new Uint8Array()).replace(
          /spreadsheetml\.(sheet|worksheet)\.main\+xml/g,
          'wordprocessingml.document.main+xml',
        ),
      );
      return;
    case 'dimension': {
      const s = strFromU8(files[sheet] ?? new Uint8Array());
      const ref = `A1:${colName(edit.cols)}${edit.rows}`;
      files[sheet] = strToU8(
        /<dimension [^>]*\/>/.test(s)
          ? s.replace(/<dimension [^>]*\/>/, `<dimension ref="${ref}"/>`)
          : s.replace('<sheetData', `<dimension ref="${ref}"/><sheetData`),
      );
      return;
    }
    case 'shared-strings': {
      const sst = 'xl/sharedStrings.xml';
      const s = strFromU8(files[sst] ?? new Uint8Array());
      if (edit.how === 'cut') files[sst] = strToU8(s.slice(0, Math.floor(s.length / 2)));
      else if (edit.how === 'count')
        files[sst] = strToU8(
          s
            .replace(/count="\d+"/, 'count="4294967295"')
            .replace(/uniqueCount="\d+"/, 'uniqueCount="2147483647"'),
        );
      else if (edit.how === 'unclosed') files[sst] = strToU8(s.replace(/<\/t>/g, '').replace('</sst>', ''));
      else
        files[sheet] = strToU8(
          strFromU8(files[sheet] ?? new Uint8Array()).replace(/(t="s"[^>]*><v>)\d+/g, '$1999999'),
        );
      return;
    }
  }
}

function mutate(seed: Uint8Array, m: Mutation): Uint8Array {
  switch (m.t) {
    case 'truncate':
      return seed.subarray(0, m.at % seed.length);
    case 'flip': {
      const out = seed.slice();
      const at = m.at % out.length;
      out[at] = (out[at] ?? 0) ^ m.xor;
      return out;
    }
    case 'splice': {
      const at = m.at % (seed.length + 1);
      const out = new Uint8Array(seed.length + m.junk.length);
      out.set(seed.subarray(0, at));
      out.set(m.junk, at);
      out.set(seed.subarray(at), at + m.junk.length);
      return out;
    }
    case 'part': {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(seed);
      } catch {
        return seed; // not a zip seed (.xls, .csv): the byte-level mutations cover it
      }
      const names = Object.keys(files).sort();
      editPart(files, names[m.part % names.length] as string, m.edit);
      return zipSync(files);
    }
    case 'noise': {
      const head =
        m.head === 'zip'
          ? [0x50, 0x4b, 0x03, 0x04]
          : m.head === 'cfb'
            ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
            : [];
      return new Uint8Array([...head, ...m.body]);
    }
  }
}

const REFUSALS: readonly RefusalCode[] = [
  'file-too-large',
  'too-many-entries',
  'inflated-too-large',
  'zip-damaged',
  'zip-encrypted',
  'too-many-sheets',
  'too-many-cells',
  'too-many-rows',
  'unknown-format',
  'parse-failed',
  'hostile-content',
  'no-sheets',
];
const CHINESE = /[\u4e00-\u9fff]/;

let thread: ParseThread;
/** Cases the time limit stopped (SheetJS looping), as the page's watchdog would. */
let stopped = 0;

beforeAll(async () => {
  thread = await ParseThread.start();
}, 60_000);

afterAll(async () => {
  await thread.close();
  if (stopped > 0)
    console.info(`S4 fuzz (seed ${FUZZ_SEED}): ${stopped} case(s) stopped at the ${CASE_MS / 1000} s limit`);
});

/**
 * Sends one call and returns its answer — or 'stopped' when the parser did not finish in time —
 * checking that it changed no prototype and touched no storage.
 */
async function send<K extends 'open' | 'convert'>(
  op: K,
  req: ParseProtocol[K]['req'],
): Promise<ParseResponse | 'stopped'> {
  const outcome = await thread.send(op, req, CASE_MS);
  if (outcome.kind === 'stopped') {
    stopped++;
    return 'stopped';
  }
  expect(outcome.prototypesChanged).toBe(false);
  expect(outcome.storageTouched).toBe(0);
  return outcome.value;
}

function expectOutcome(m: ParseResponse | 'stopped', ok: ParseResponse['kind']): void {
  if (m === 'stopped') return;
  if (m.kind === 'refused') {
    expect(REFUSALS).toContain(m.code);
    expect(m.message).toMatch(CHINESE);
  } else {
    expect(m.kind).toBe(ok);
  }
}

async function runCase(name: string, bytes: Uint8Array): Promise<void> {
  const opened = await send('open', { name, bytes: bytes.slice(), limits: DEFAULT_SHEET_LIMITS, table });
  expectOutcome(opened, 'opened');
  if (opened === 'stopped' || opened.kind !== 'opened') return;
  for (const [sheet, s] of opened.sheets.entries()) {
    const mapping = s.header.columns.reduce<(string | null)[]>(
      (out, c) => ((out[c.index] = c.fieldKey), out),
      [],
    );
    const converted = await send('convert', {
      sheet,
      mapping,
      dataStart: s.header.dataStart,
      labels: s.header.columns.map((c) => c.label),
      existingKeys: ['20230001\u0000'],
    });
    expectOutcome(converted, 'converted');
  }
}

describe('S4: malformed .xls/.xlsx/.csv through the parser Worker', () => {
  it('S4: the unmutated seeds open, map and convert their rows', async () => {
    for (const s of seeds) {
      const opened = await send('open', {
        name: s.name,
        bytes: s.bytes.slice(),
        limits: DEFAULT_SHEET_LIMITS,
        table,
      });
      if (opened === 'stopped' || opened.kind !== 'opened') throw new Error(`seed ${s.name} did not open`);
      const h = opened.sheets[0]?.header;
      expect(h?.matched).toBe(labels.length);
      if (!h) continue;
      const mapping = h.columns.reduce<(string | null)[]>((out, c) => ((out[c.index] = c.fieldKey), out), []);
      const converted = await send('convert', {
        sheet: 0,
        mapping,
        dataStart: h.dataStart,
        labels: h.columns.map((c) => c.label),
        existingKeys: [],
      });
      if (converted === 'stopped' || converted.kind !== 'converted')
        throw new Error(`seed ${s.name} did not convert`);
      expect(converted.result.rows).toBe(12);
      expect(JSON.parse(converted.values)).toHaveLength(12);
    }
  });

  it(
    'S4: every mutant ends in a Chinese refusal or a valid parse, in time, with no prototype change and no write',
    { timeout: 60_000 + RUNS * 20 },
    async () => {
      const names = fc.constantFrom('a.xlsx', 'a.xls', 'a.csv', 'a.txt', 'a.bin');
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: seeds.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.option(names),
          async (i, ms, rename) => {
            const seed = seeds[i] as { name: string; bytes: Uint8Array };
            await runCase(rename ?? seed.name, ms.reduce(mutate, seed.bytes));
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it('S3/S4: a sheet claiming A1:XFD1048576 and shared strings claiming 4 billion entries are refused or read as they really are', async () => {
    const dims = mutate(seeds[0]?.bytes as Uint8Array, {
      t: 'part',
      part: Object.keys(unzipSync(seeds[0]?.bytes as Uint8Array))
        .sort()
        .indexOf('xl/worksheets/sheet1.xml'),
      edit: { t: 'dimension', rows: 1_048_576, cols: 16_384 },
    });
    const refused = await send('open', { name: 'a.xlsx', bytes: dims, limits: DEFAULT_SHEET_LIMITS, table });
    expect(refused).toMatchObject({ kind: 'refused', code: 'too-many-cells' });
    await runCase(
      'a.xlsx',
      mutate(seeds[0]?.bytes as Uint8Array, {
        t: 'part',
        part: 0,
        edit: { t: 'shared-strings', how: 'count' },
      }),
    );
  });

  it('S2/S4: the damaged .xls on which SheetJS never returns is stopped at the limit, and the next file still opens', async () => {
    const looping = await thread.send(
      'open',
      { name: '名单.xls', bytes: endlessLoopXls(), limits: DEFAULT_SHEET_LIMITS, table },
      3000,
    );
    // Stopped while SheetJS loops; should a later SheetJS return, it must refuse the file in Chinese.
    if (looping.kind === 'settled') expectOutcome(looping.value, 'refused');
    const next = await send('open', {
      name: '学生.xlsx',
      bytes: (seeds[0] as { bytes: Uint8Array }).bytes.slice(),
      limits: DEFAULT_SHEET_LIMITS,
      table,
    });
    expect(next).toMatchObject({ kind: 'opened' });
  });

  it('S4: random bytes named .xlsx are refused as a damaged or unreadable file', async () => {
    const m = await send('open', {
      name: '名单.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      limits: DEFAULT_SHEET_LIMITS,
      table,
    });
    expect(m).toMatchObject({ kind: 'refused', code: 'zip-damaged' });
    const plain = await send('open', {
      name: '名单.xlsx',
      bytes: strToU8('学号,姓名\n这不是表格,张三'),
      limits: DEFAULT_SHEET_LIMITS,
      table,
    });
    expect(plain).toMatchObject({ kind: 'refused', code: 'zip-damaged' });
  });
});
