import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { pollutingXlsx } from '../../../../../test/e2e/fixtures/sheet-files';
import { prototypesChanged, snapshotPrototypes } from './prototype-watch';

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).c;
});

describe('prototype watch (docs/SECURITY.md S1)', () => {
  it('notices the real CVE-2023-30533 payload polluting Object.prototype through SheetJS 0.18.5', () => {
    const before = snapshotPrototypes();
    XLSX.read(pollutingXlsx(), { type: 'array' });
    expect(Object.hasOwn(Object.prototype, 'c')).toBe(true);
    expect(prototypesChanged(before)).toBe(true);
  });

  it('stays quiet for the dense read the parser Worker uses, which does not reach the polluting path', () => {
    const before = snapshotPrototypes();
    XLSX.read(pollutingXlsx(), { type: 'array', dense: true, sheetRows: 100 });
    expect(prototypesChanged(before)).toBe(false);
  });

  it('notices a changed built-in method', () => {
    const before = snapshotPrototypes();
    const original = Array.prototype.includes;
    Array.prototype.includes = () => true;
    try {
      expect(prototypesChanged(before)).toBe(true);
    } finally {
      Array.prototype.includes = original;
    }
  });
});
