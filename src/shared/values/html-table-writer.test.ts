import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlTable } from './html-table';
import { toHtmlTable } from './html-table-writer';

describe('toHtmlTable', () => {
  it('marks text columns for Excel and escapes markup', () => {
    const html = toHtmlTable([['0023000001', 'R&D <1>']], new Set([0]));
    expect(html).toContain('.t{mso-number-format:"\\@"}');
    expect(html).toContain('<td class="t">0023000001</td><td>R&amp;D &lt;1&gt;</td>');
  });

  it('writes line breaks as in-cell breaks and keeps edge and repeated spaces', () => {
    expect(parseHtmlTable(toHtmlTable([[' a  b ', '第一行\n第二行']]))).toEqual([
      [' a  b ', '第一行\n第二行'],
    ]);
  });

  it('reads back as the same rectangular grid', () => {
    const cell = fc.stringMatching(/^[a-z 中&<>"';\n]{0,8}$/);
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) =>
        fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(grid, (rows) => {
        expect(parseHtmlTable(toHtmlTable(rows, new Set([0])))).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});
