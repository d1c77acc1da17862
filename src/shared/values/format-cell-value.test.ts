import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldDef, FieldType } from '../catalog/catalog-types';
import { formatCellValue, formatPlainNumber } from './format-cell-value';
import { idCardCheckChar } from './id-card';
import { parseCellInput } from './parse-cell-input';

const field = (type: FieldType, over: Partial<FieldDef> = {}): FieldDef => ({
  key: 'f',
  label: '字段',
  type,
  unit: '',
  required: false,
  note: '',
  verified: true,
  ...over,
});

describe('formatCellValue', () => {
  it('writes stored values as the platform shows them', () => {
    expect(formatCellValue(field('date'), '20230901')).toBe('20230901');
    expect(formatCellValue(field('yearMonth'), '202309')).toBe('202309');
    expect(formatCellValue(field('percent'), 12.5)).toBe('12.5');
    expect(formatCellValue(field('decimal'), 1234.5)).toBe('1234.5');
    expect(formatCellValue(field('integer'), -3)).toBe('-3');
    expect(formatCellValue(field('boolean'), true)).toBe('是');
    expect(formatCellValue(field('boolean'), false)).toBe('否');
    expect(formatCellValue(field('integer'), null)).toBe('');
  });

  it('never writes an exponent', () => {
    expect(formatPlainNumber(1e21)).toBe('1000000000000000000000');
    expect(formatPlainNumber(1.5e-7)).toBe('0.00000015');
    expect(formatPlainNumber(-2.5e22)).toBe('-25000000000000000000000');
    expect(formatPlainNumber(-0)).toBe('0');
  });

  it('formats exactly: the written digits parse back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(formatPlainNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('copy-out text pastes back into parseCellInput as the same value', () => {
  const cases: [FieldDef, fc.Arbitrary<string | number | boolean>][] = [
    [field('integer'), fc.integer({ min: -1e9, max: 1e9 })],
    [field('decimal', { precision: 2 }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100)],
    [
      field('percent', { precision: 1, min: 1, max: 100 }),
      fc.integer({ min: 10, max: 1000 }).map((n) => n / 10),
    ],
    [field('boolean'), fc.boolean()],
    [
      field('date'),
      fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10).replace(/-/g, '')),
    ],
    [
      field('yearMonth'),
      fc
        .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}${String(m).padStart(2, '0')}`),
    ],
    [
      field('enum', { options: ['男', '女', '群众（无党派）'] }),
      fc.constantFrom('男', '女', '群众（无党派）'),
    ],
    [
      field('code', { pattern: '\\d{6}' }),
      fc.integer({ min: 0, max: 999999 }).map((n) => String(n).padStart(6, '0')),
    ],
    [
      field('idCard'),
      fc.integer({ min: 0, max: 999 }).map((n) => {
        const first17 = `44051319900101${String(n).padStart(3, '0')}`;
        return first17 + idCardCheckChar(first17);
      }),
    ],
    [field('text'), fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '')],
  ];
  for (const [f, values] of cases) {
    it(`round-trips ${f.type}`, () => {
      fc.assert(
        fc.property(values, (v) => {
          expect(parseCellInput(f, formatCellValue(f, v), { source: 'pasted' })).toEqual({ value: v });
        }),
      );
    });
  }
});
