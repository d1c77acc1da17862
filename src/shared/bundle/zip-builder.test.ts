import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { storedZip } from './zip-writer';
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
