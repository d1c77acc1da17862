import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../records/record-types';
import { rowsOf } from '../rules/testing/rule-test-helpers';
import { ColumnReader, POOLED_MIN_ROWS, READER_WIDTH } from './column-reader';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const cell = fc.constantFrom<CellValue>('x', '', null, 0, 3.5, true, false, '是');
const row = fc
  .shuffledSubarray(KEYS)
  .chain((keys) =>
    fc.tuple(fc.constant(keys), fc.array(cell, { minLength: keys.length, maxLength: keys.length })),
  )
  .map(([keys, cells]) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? null])));

describe('column reader', () => {
  it('puts each row’s cell of each field in its column, pooled or not, whatever the rows’ keys', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(KEYS, { minLength: 1 }),
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.nat({ max: 2 * POOLED_MIN_ROWS }),
        (fields, shapes, n) => {
          const rows = rowsOf(Array.from({ length: n }, (_, i) => ({ ...shapes[i % shapes.length] })));
          const reader = new ColumnReader(fields);
          for (const pooled of [true, false]) {
            const cols = reader.read(rows, pooled);
            fields.forEach((f, s) => {
              expect(cols[s]?.slice(0, n)).toEqual(rows.map((r) => r.values[f]));
            });
          }
        },
      ),
      { numRuns: 300 },
    );
    // Lists wider than one reader are read generically.
    expect(KEYS.length).toBeGreaterThan(READER_WIDTH);
  });
});
