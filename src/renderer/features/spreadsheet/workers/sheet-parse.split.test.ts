/**
 * A big sheet read in halves by two parser Workers (workbook-split.ts, the worker's peer protocol) must
 * give exactly what one Worker reading the whole file gives: the same sheet summaries, the same located
 * problems and counts — repeated natural keys across the halves included — and the same rows. Files the
 * halves could not read as the whole would (rows out of order, rows without their numbers) are read
 * whole by the first Worker. Real Worker code in Node worker threads, joined by a MessageChannel as the
 * page joins them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { ParseThread } from '../../../../../test/support/parse-thread/parse-thread';
import { makeBenchRows } from '../../../bench/bench-rows';
import { benchTable, buildBenchXlsx } from '../../../bench/sheet-bench-core';
import { DEFAULT_SHEET_LIMITS } from '../../../../shared/sheets/sheet-limits';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type {
  ParseProtocol,
  ParseResponse,
  PartConverted,
  PartOpened,
  PartRefused,
  PeerProtocol,
} from './parse-protocol';

const table = benchTable();
/** Small enough that the test files (a few hundred KB of rows) are cut. */
const limits = { ...DEFAULT_SHEET_LIMITS, splitMinBytes: 64 * 1024 };
const LIMIT_MS = 60_000;

let first: ParseThread;
let second: ParseThread;
let alone: ParseThread;

beforeAll(async () => {
  [first, second, alone] = await Promise.all([ParseThread.start(), ParseThread.start(), ParseThread.start()]);
  const channel = new MessageChannel();
  await second.post({ kind: 'peer', port: channel.port2 }, [channel.port2]);
  await first.post({ kind: 'peer', port: channel.port1 }, [channel.port1]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first.close(), second.close(), alone.close()]);
});

async function final<K extends 'open' | 'convert'>(
  thread: ParseThread,
  op: K,
  req: ParseProtocol[K]['req'],
): Promise<ParseResponse> {
  const outcome = await thread.send(op, req, LIMIT_MS);
  if (outcome.kind !== 'settled') throw new Error('the parser did not finish in time');
  expect(outcome.prototypesChanged).toBe(false);
  return outcome.value;
}

/** Opens and converts `bytes` in `thread`: the 'opened' and 'converted' answers. */
async function importWith(
  thread: ParseThread,
  bytes: Uint8Array,
): Promise<{ opened: ParseResponse; converted: ParseResponse }> {
  const opened = await final(thread, 'open', { name: '教工.xlsx', bytes: bytes.slice(), limits, table });
  if (opened.kind !== 'opened') throw new Error(`not opened: ${JSON.stringify(opened)}`);
  const header = opened.sheets[0]?.header;
  if (!header) throw new Error('no header found');
  const mapping = header.columns.reduce<(string | null)[]>((m, c) => ((m[c.index] = c.fieldKey), m), []);
  const labels = header.columns.map((c) => c.label);
  const existingKeys = ['T100007\u0000', 'T101500\u0000'];
  const converted = await final(thread, 'convert', {
    sheet: 0,
    mapping,
    dataStart: header.dataStart,
    labels,
    existingKeys,
  });
  return { opened, converted };
}

/** Both ways of reading; the halves' way must equal the whole's, and say how many Workers read. */
async function expectSameAsWhole(
  bytes: Uint8Array,
  readers: 1 | 2,
): Promise<Extract<ParseResponse, { kind: 'converted' }>> {
  const [halves, whole] = await Promise.all([importWith(first, bytes), importWith(alone, bytes)]);
  expect(whole.opened).toMatchObject({ readers: 1 });
  expect(halves.opened).toMatchObject({ readers });
  expect({ ...halves.opened, readers: 1 }).toEqual(whole.opened);
  expect(halves.converted).toEqual(whole.converted);
  if (whole.converted.kind !== 'converted') throw new Error('not converted');
  return whole.converted;
}

/** 3,000 bench rows with problems in both halves and a 工号 repeated across them. */
function rowsWithProblems() {
  const rows = makeBenchRows(3000);
  const set = (i: number, key: string, v: string | number | null) =>
    ((rows[i] as { values: Record<string, unknown> }).values[key] = v);
  set(2900, 'gh', 'T100010'); // repeats row 10's key, in the other half
  set(1200, 'gh', 'T100020'); // repeats within the first half
  set(100, 'nl', '四十');
  set(2500, 'gl', '十年');
  set(2600, 'gh', null);
  return rows;
}

function rewriteSheet(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  files[name] = strToU8(edit(strFromU8(files[name] as Uint8Array)));
  return zipSync(files);
}

describe('a big sheet read in halves by two parser Workers', () => {
  it('gives the summaries, located problems, repeated keys, collisions and rows of one reading', async () => {
    const bytes = await buildBenchXlsx(rowsWithProblems());
    const converted = await expectSameAsWhole(bytes, 2);
    expect(converted.result.counts.duplicates).toBe(2);
    expect(converted.result.issues.filter((i) => i.code === 'duplicate-key').map((i) => i.row)).toEqual([
      1211, 2911,
    ]);
    expect(converted.result.collisionCount).toBe(2);
    expect(converted.result.rows).toBe(3000);
    const rows = JSON.parse(converted.values) as Record<string, unknown>[];
    expect(rows.length).toBe(3000);
    // The cells it cannot read, in either half, each on its row among the written rows (left empty there).
    expect(converted.result.dropped.map((d) => [d.index, d.fieldKey, d.value])).toEqual([
      [100, 'nl', '四十'],
      [2500, 'gl', '十年'],
    ]);
    for (const d of converted.result.dropped) expect(rows[d.index]?.[d.fieldKey]).toBeNull();
  }, 120_000);

  it('reads shared strings, dates and merged header cells the same way (a workbook as Excel writes it)', async () => {
    const aoa: unknown[][] = [['基准教工表'], table.fields.map((f) => f.label)];
    for (const r of makeBenchRows(3000)) aoa.push(table.fields.map((f) => r.values[f.key] ?? null));
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '教工');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明'], ['其他表']]), '说明');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer,
    );
    await expectSameAsWhole(bytes, 2);
  }, 120_000);

  it('reads the whole sheet in one Worker when a row of the second half belongs above the cut', async () => {
    const bytes = rewriteSheet(await buildBenchXlsx(makeBenchRows(3000)), (xml) => {
      const at = xml.lastIndexOf('<row r="');
      const n = /<row r="(\d+)"/.exec(xml.slice(at))?.[1] ?? '';
      const row = xml
        .slice(at)
        .replace(`<row r="${n}"`, '<row r="50"')
        .replace(new RegExp(`r="([A-Z]+)${n}"`, 'g'), 'r="$150"');
      return xml.slice(0, at) + row;
    });
    await expectSameAsWhole(bytes, 1);
  }, 120_000);

  it('reads the whole sheet in one Worker when rows carry no numbers (the second half would count from 1)', async () => {
    const bytes = rewriteSheet(await buildBenchXlsx(makeBenchRows(3000)), (xml) =>
      xml.replace(/ r="[A-Z]*\d+"/g, ''),
    );
    await expectSameAsWhole(bytes, 1);
  }, 120_000);
});

describe('the first Worker facing a peer that fails', () => {
  let lonely: ParseThread;
  let port: MessagePort;
  /** What the stand-in peer answers to each request (the test sets it per case). */
  let reply: (op: keyof PeerProtocol) => PartOpened | PartConverted | PartRefused = () => ({
    kind: 'part-refused',
    hostile: false,
  });
  const seen: (keyof PeerProtocol)[] = [];
  const answer = <T>(op: keyof PeerProtocol) => {
    seen.push(op);
    return reply(op) as T;
  };

  beforeAll(async () => {
    lonely = await ParseThread.start();
    const channel = new MessageChannel();
    port = channel.port2;
    serveRpc<PeerProtocol>(port as RpcPort, {
      'part-open': () => answer<PartOpened | PartRefused>('part-open'),
      'part-convert': () => answer<PartConverted | PartRefused>('part-convert'),
    });
    await lonely.post({ kind: 'peer', port: channel.port1 }, [channel.port1]);
  }, 60_000);

  afterAll(async () => {
    port.close();
    await lonely.close();
  });

  const open = async (bytes: Uint8Array) =>
    final(lonely, 'open', { name: '教工.xlsx', bytes: bytes.slice(), limits, table });

  it('refuses the file as hostile when the peer reports a changed prototype in its half', async () => {
    reply = () => ({ kind: 'part-refused', hostile: true });
    const m = await open(await buildBenchXlsx(makeBenchRows(3000)));
    expect(seen.at(-1)).toBe('part-open');
    expect(m).toMatchObject({ kind: 'refused', code: 'hostile-content' });
    if (m.kind === 'refused') expect(m.message).toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);

  it('reads the whole sheet itself when the peer finds no rows in its half', async () => {
    reply = () => ({ kind: 'part-opened', part: null });
    const bytes = await buildBenchXlsx(makeBenchRows(3000));
    const [m, whole] = await Promise.all([
      open(bytes),
      final(alone, 'open', { name: '教工.xlsx', bytes: bytes.slice(), limits, table }),
    ]);
    expect(m).toMatchObject({ kind: 'opened', readers: 1 });
    expect(m).toEqual(whole);
  }, 60_000);

  it('refuses the conversion with a Chinese message when the peer cannot convert its half', async () => {
    const bytes = await buildBenchXlsx(makeBenchRows(3000));
    for (const [hostile, code] of [
      [false, 'parse-failed'],
      [true, 'hostile-content'],
    ] as const) {
      // A half that fits below every row here; its conversion then fails.
      reply = (op) =>
        op === 'part-open'
          ? {
              kind: 'part-opened',
              part: { sheets: 1, sheet: 0, firstRow: 150_000, rowCount: 150_001, columnCount: 20 },
            }
          : { kind: 'part-refused', hostile };
      const opened = await open(bytes);
      expect(opened).toMatchObject({ kind: 'opened', readers: 2 });
      if (opened.kind !== 'opened') throw new Error('not opened');
      const header = opened.sheets[0]?.header;
      if (!header) throw new Error('no header');
      const mapping = header.columns.reduce<(string | null)[]>(
        (acc, c) => ((acc[c.index] = c.fieldKey), acc),
        [],
      );
      const m = await final(lonely, 'convert', {
        sheet: 0,
        mapping,
        dataStart: header.dataStart,
        labels: header.columns.map((c) => c.label),
        existingKeys: [],
      });
      expect(seen.at(-1)).toBe('part-convert');
      expect(m).toMatchObject({ kind: 'refused', code });
      if (m.kind === 'refused') expect(m.message).toMatch(/[\u4e00-\u9fff]/);
    }
  }, 60_000);
});
