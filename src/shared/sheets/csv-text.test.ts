import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, guessDelimiter, parseCsv } from './csv-text';

const LIMITS = { maxRows: 1000, maxCells: 10000 };
// '学号,姓名\r\n001,张三' in GBK, as Chinese Excel saves "CSV (逗号分隔)".
const GBK = new Uint8Array([
  0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0x30, 0x30, 0x31, 0x2c, 0xd5, 0xc5, 0xc8,
  0xfd,
]);

describe('CSV decoding', () => {
  it('reads UTF-8 with and without a BOM, and GBK as GB18030', () => {
    const text = '学号,姓名\n001,张三';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'UTF-8 (BOM)',
    });
    expect(decodeCsvBytes(GBK)).toEqual({ text: '学号,姓名\r\n001,张三', encoding: 'GB18030' });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode 文本") and guesses the tab separator', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from('a\tb').flatMap((c) => [c.charCodeAt(0), 0])]);
    const d = decodeCsvBytes(bytes);
    expect(d.encoding).toBe('UTF-16LE');
    expect(guessDelimiter(d.text)).toBe('\t');
  });
});

describe('parseCsv', () => {
  it('keeps leading zeros and handles quotes, doubled quotes, embedded separators and line breaks', () => {
    const r = parseCsv('a,b,c\r\n"0012","x,""y""","line\nbreak"\n,,', ',', LIMITS);
    expect(r).toEqual({
      ok: true,
      rows: [
        ['a', 'b', 'c'],
        ['0012', 'x,"y"', 'line\nbreak'],
        ['', '', ''],
      ],
    });
  });

  it('stops at the row and cell limits', () => {
    expect(parseCsv('1\n2\n3\n', ',', { maxRows: 2, maxCells: 100 })).toEqual({
      ok: false,
      reason: 'too-many-rows',
    });
    expect(parseCsv('1,2,3,4', ',', { maxRows: 10, maxCells: 3 })).toEqual({
      ok: false,
      reason: 'too-many-cells',
    });
  });
});
