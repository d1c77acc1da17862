import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { storedZip, ZipBuilder } from './zip-writer';
import { scanZip } from '../sheets/zip-scan';

const LIMITS = { maxEntries: 10, maxInflatedBytes: 10 * 1024 * 1024 };
const enc = (s: string) => new TextEncoder().encode(s);

describe('storedZip (what the parser reads after the scan)', () => {
  it('holds exactly the entries the scan inflated, uncompressed, under their original names', async () => {
    const original = {
      'xl/worksheets/sheet1.xml': enc('<worksheet>'.repeat(5000)),
      '目录/说明.xml': enc('中文'),
      'empty.bin': new Uint8Array(0),
    };
    const scan = await scanZip(zipSync(original), LIMITS, { keep: true });
    if (!scan.ok || !scan.inflated) throw new Error('scan failed');
    const stored = storedZip(scan.inflated);
    const back = unzipSync(stored);
    expect(Object.keys(back)).toEqual(Object.keys(original));
    for (const [name, data] of Object.entries(original)) expect(back[name]).toEqual(data);
    // Stored: the archive is the entries' bytes plus headers, nothing compressed.
    expect(stored.length).toBeGreaterThan(scan.inflatedBytes);
    expect((await scanZip(stored, LIMITS)).ok).toBe(true);
  });

  it('is read by SheetJS (same options as the importer) exactly as the original workbook', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['学号', '姓名', '入学日期'],
      ['20230101', '张三', 45200],
      [20230102, '李四', null],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '学生');
    const file = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    );
    const scan = await scanZip(file, LIMITS, { keep: true });
    if (!scan.ok || !scan.inflated) throw new Error('scan failed');
    const opts = {
      type: 'array',
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellText: false,
      cellHTML: false,
      cellDates: false,
    } as const;
    const fromStored = XLSX.read(storedZip(scan.inflated), opts);
    const fromFile = XLSX.read(file, opts);
    expect(fromStored.SheetNames).toEqual(['学生']);
    expect(fromStored.Sheets['学生']).toEqual(fromFile.Sheets['学生']);
    expect(strFromU8(unzipSync(storedZip(scan.inflated))['xl/workbook.xml'] ?? new Uint8Array())).toContain(
      '学生',
    );
  });
});

describe('ZipBuilder (the archive of the .xlsx writer)', () => {
  /** Each entry's CRC and sizes as the central directory records them. */
  function centralRecords(zip: Uint8Array): { name: string; crc: number; size: number }[] {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    let p = view.getUint32(end + 16, true);
    const out: { name: string; crc: number; size: number }[] = [];
    for (let i = 0; i < view.getUint16(end + 10, true); i++) {
      const nameLength = view.getUint16(p + 28, true);
      out.push({
        name: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength)),
        crc: view.getUint32(p + 16, true),
        size: view.getUint32(p + 24, true),
      });
      p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return out;
  }

  it('deflates small entries whole and big ones as a stream, each readable with its true CRC and size', () => {
    const text = (n: number, seed: number) =>
      enc(Array.from({ length: n }, (_, i) => `<c r="A${i}">${(i * seed) % 997}中</c>`).join(''));
    const entries: Record<string, Uint8Array> = {
      'empty.xml': new Uint8Array(0),
      'small.xml': text(100, 3),
      'at-limit.xml': new Uint8Array(1 << 20).fill(65),
      'over-limit.xml': new Uint8Array((1 << 20) + 1).fill(66),
      'xl/worksheets/大表.xml': text(60_000, 7),
    };
    for (const level of [0, 1, 6] as const) {
      const zip = new ZipBuilder(level);
      for (const [name, data] of Object.entries(entries)) {
        const w = zip.entry(name);
        // Pushed in pieces as the sheet writer does, one of them crossing the stream threshold.
        for (let o = 0; o < data.length; o += 300_000) w.push(data.subarray(o, o + 300_000));
        w.end();
      }
      const bytes = zip.finish();
      const back = unzipSync(bytes);
      expect(Object.keys(back)).toEqual(Object.keys(entries));
      // Compared as bytes: a deep equality over megabytes of elements takes minutes.
      for (const [name, data] of Object.entries(entries))
        expect(Buffer.from(back[name] ?? []).equals(data), name).toBe(true);
      expect(centralRecords(bytes)).toEqual(
        Object.entries(entries).map(([name, data]) => ({ name, crc: zlibCrc32(data), size: data.length })),
      );
    }
  });
});
