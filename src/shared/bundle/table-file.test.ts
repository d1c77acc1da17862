import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../canonical-json';
import { canonicalTableBytes, type TableFile } from './table-file';

const cell = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(-0),
);
const row = fc.record({
  id: fc.uuid(),
  values: fc.dictionary(
    fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'),
    cell,
  ),
  by: fc.string(),
  at: fc.string(),
  src: fc.constantFrom(
    'typed' as const,
    'pasted' as const,
    'imported' as const,
    'bundle' as const,
    'filled' as const,
  ),
});

describe('canonicalTableBytes', () => {
  it('writes exactly the bytes of canonicalJson for any table file', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.string(), (rows, dept) => {
        const file = { tableCode: 'A10-1', departmentCode: dept, rows } as TableFile;
        expect(new TextDecoder().decode(canonicalTableBytes(file))).toBe(canonicalJson(file));
      }),
      { numRuns: 500 },
    );
  });

  // The rows of a real slice share their value keys; array-index keys ("0", "12"), keys the prototype
  // has ("constructor", "__proto__"), names of the file's own members and undefined members must come
  // out the same way too.
  const KEYS = [
    'xm',
    'gh',
    'B',
    'é',
    '中文',
    '0',
    '12',
    '012',
    '4294967296',
    '__proto__',
    'constructor',
    'toString',
    'values',
    'rows',
    'id',
  ];
  const shapedRow = (keys: readonly string[], sortFirst: boolean) =>
    fc
      .tuple(
        row,
        fc.array(fc.oneof(cell, fc.constant(undefined)), { minLength: keys.length, maxLength: keys.length }),
      )
      .map(([r, cells]) => {
        const entries = keys.map((k, i) => [k, cells[i]] as const);
        if (sortFirst) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return { ...r, values: Object.fromEntries(entries) };
      });
  const keySet = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 8 });

  it('matches canonicalJson when rows share key sets, in any insertion order, with awkward keys', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(keySet, fc.boolean(), fc.integer({ min: 1, max: 4 }))
            .chain(([keys, sortFirst, n]) =>
              fc.array(shapedRow(keys, sortFirst), { minLength: n, maxLength: n }),
            ),
          { maxLength: 4 },
        ),
        (groups) => {
          const file = { tableCode: 'A10-1', departmentCode: 'TW', rows: groups.flat() } as TableFile;
          expect(new TextDecoder().decode(canonicalTableBytes(file))).toBe(canonicalJson(file));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('matches canonicalJson when the rows hold more distinct keys than the property list takes', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({
      id: `r${i}`,
      values: { [`f${i}`]: i, shared: 'x' },
      by: '信息员',
      at: '2025-09-02T08:00:00.000Z',
      src: 'typed' as const,
    }));
    const file = { tableCode: 'A10-1', departmentCode: 'TW', rows } as TableFile;
    expect(new TextDecoder().decode(canonicalTableBytes(file))).toBe(canonicalJson(file));
  });

  it('matches canonicalJson for a large slice of one shape', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: `r${i}`,
      values: {
        xm: `张${i}`,
        gh: `T${i}`,
        nl: i % 7 === 0 ? -0 : i / 3,
        bz: i % 2 ? undefined : '备注\u2028"',
      },
      by: '信息员',
      at: '2025-09-02T08:00:00.000Z',
      src: 'typed' as const,
    }));
    const file = { tableCode: 'A10-1', departmentCode: 'TW', rows } as TableFile;
    expect(new TextDecoder().decode(canonicalTableBytes(file))).toBe(canonicalJson(file));
  });
});
