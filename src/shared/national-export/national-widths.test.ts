import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableDef } from '../catalog/catalog-types';
import { StyleBook } from '../sheets/style-book';
import { columnSpecs, displayWidth, MAX_COLUMN_WIDTH } from '../sheets/template-layout';
import type { CellValue } from '../records/record-types';
import { nationalSheet, nationalStyles } from './national-sheet';
import { packageFixture } from './testing/package-fixture';

const input = packageFixture(() => 0);
const table = input.tables.find((t) => t.table.fields.length >= 4)?.table as TableDef;

/** The rule the sheet's widths follow, written plainly: the template width, widened to each value's text. */
function plainWidths(rows: readonly Record<string, CellValue>[]): number[] {
  const specs = columnSpecs(table);
  return specs.map((s) => {
    let w = s.width;
    for (const values of rows) {
      const v = values[s.field.key];
      if (typeof v === 'string' || typeof v === 'number')
        w = Math.max(w, Math.min(MAX_COLUMN_WIDTH, displayWidth(String(v)) + 2));
    }
    return w;
  });
}

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 25 }),
  fc.integer(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
  fc.boolean(),
);

describe('national sheet column widths', () => {
  it('widen to the longest value as measuring every value would (texts, CJK, signs, decimals, large numbers)', () => {
    const keys = table.fields.map((f) => f.key);
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: keys.length, maxLength: keys.length }), { maxLength: 20 }),
        (cells) => {
          const rows = cells.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i] ?? null])));
          const t = {
            ...input.tables[0]!,
            table,
            slices: [
              {
                tableCode: table.code,
                departmentCode: 'DDS',
                rows: rows.map((values, i) => ({
                  id: `r${i}`,
                  values,
                  by: 'x',
                  at: '2026-01-01T00:00:00.000Z',
                  src: 'typed' as const,
                })),
              },
            ],
          };
          const book = new StyleBook();
          const sheet = nationalSheet(t, input.context, book, nationalStyles(book));
          expect(sheet.columns.map((c) => c.width)).toEqual(plainWidths(rows));
        },
      ),
    );
  });
});
