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
});
