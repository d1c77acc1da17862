/**
 * Deterministic stored rows for any table: valid values of every field type, as parseCellInput stores
 * them (so an export read back by our importer must give exactly these), with empty optional cells and
 * formula-like texts mixed in. Used by the layout and round-trip tests and by the export bench.
 */
import type { FieldDef, TableDef } from '../../catalog/catalog-types';
import type { CellValue, StoredRow } from '../../records/record-types';
import { idCardCheckChar } from '../../values/id-card';

const FORMULA_LIKE = ['=SUM(A1:A3)', '-开头的说明', '+86 020 1234', '@提及', '=HYPERLINK("http://x")'];
const TEXTS = ['教务处', '计算机应用技术', '产教融合实训基地（二期）', '王小明', '0755-1234567'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function clamp(field: FieldDef, n: number): number {
  const lo = field.min ?? Number.NEGATIVE_INFINITY;
  const hi = field.max ?? Number.POSITIVE_INFINITY;
  return Math.min(hi, Math.max(lo, n));
}

function idCard(i: number): string {
  const first = `440507${1960 + (i % 40)}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}${pad(i % 1000, 3)}`;
  return first + idCardCheckChar(first);
}

function codeValue(field: FieldDef, i: number): string {
  const digits = /^\^\\d\{(\d+)\}\$$/.exec(field.pattern ?? '');
  if (digits) return pad((i * 7919) % 10 ** Math.min(Number(digits[1]), 9), Number(digits[1]));
  // Leading zeros must survive: a code is never a number.
  return `00${pad(i, 6)}`;
}

/** A valid stored value of `field` for row `i`; null for some optional cells. */
export function sampleValue(field: FieldDef, i: number, mayBeEmpty = true): CellValue {
  if (mayBeEmpty && !field.required && i % 7 === 3) return null;
  switch (field.type) {
    case 'text':
      return i % 5 === 1
        ? `${FORMULA_LIKE[Math.floor(i / 5) % FORMULA_LIKE.length] as string}${i}`
        : `${TEXTS[i % TEXTS.length]}${i}`;
    case 'enum':
      return field.options && field.options.length > 0
        ? (field.options[i % field.options.length] as string)
        : `选项${i % 3}`;
    case 'code':
      return codeValue(field, i);
    case 'idCard':
      return idCard(i);
    case 'date':
      return `${2000 + (i % 25)}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}`;
    case 'yearMonth':
      return `${1970 + (i % 50)}${pad(1 + (i % 12), 2)}`;
    case 'integer':
      return clamp(field, (i * 37) % 5000);
    case 'decimal':
      return clamp(field, Math.round(((i * 7.13) % 9000) * 100) / 100);
    case 'percent':
      return clamp(field, Math.round(((i * 3.7) % 100) * 10) / 10);
    case 'boolean':
      return i % 2 === 0;
  }
}

/** Row ids are UUID-shaped and deterministic. */
function rowId(seed: number, i: number): string {
  const h = pad((seed * 100003 + i) % 1e12, 12);
  return `00000000-0000-4000-8000-${h}`;
}

export function sampleRows(table: TableDef, n: number, seed = 1): StoredRow[] {
  return Array.from({ length: n }, (_, i) => {
    const values: Record<string, CellValue> = {};
    // The first column is always filled: a row with no value at all is no record (the importer skips it).
    table.fields.forEach((f, c) => (values[f.key] = sampleValue(f, i + seed, c > 0)));
    return {
      id: rowId(seed, i),
      values,
      by: '信息员',
      at: '2026-09-02T08:00:00.000Z',
      src: 'typed' as const,
    };
  });
}
