import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../records/record-types';
import { CellReader } from './cell-reader';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const cell = fc.constantFrom<CellValue>('x', '', null, 0, 3.5, true, false, '是');
/** A row: some of the keys, in some order (objects keep insertion order). */
const row = fc
  .shuffledSubarray(KEYS)
  .chain((keys) =>
    fc.tuple(fc.constant(keys), fc.array(cell, { minLength: keys.length, maxLength: keys.length })),
  )
  .map(([keys, cells]) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? null])));

describe('cell reader', () => {
  it('reads what looking each field up reads, whatever keys and order the rows have', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(KEYS, { minLength: 1 }),
        fc.array(row, { maxLength: 30 }),
        fc.boolean(),
        (fields, rows, sameShape) => {
          // Half the runs: most rows share the first row's shape, as a table's rows do.
          const list = sameShape && rows[0] ? rows.map((r, i) => (i % 3 === 2 ? r : { ...rows[0] })) : rows;
          const reader = new CellReader(fields);
          const cells = new Array<CellValue | undefined>(fields.length).fill(null);
          reader.learn(list[0]);
          for (const values of list) {
            reader.read(values, cells);
            expect(cells).toEqual(fields.map((f) => values[f]));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
