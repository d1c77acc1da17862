import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECORD_SOURCES } from '../records/record-types';
import { tableFileSchema } from './table-file';
import { parseBoundedJson } from './bounded-json';
import { checkTableFile, isTableFileShape, tableFileMembers } from './table-file-check';

/** Either a valid field value or any JSON value, so both sides of every check are reached. */
const either = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
const cell = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const rowId = fc.oneof(
  { weight: 6, arbitrary: fc.uuid() },
  fc.constant('00000000-0000-0000-0000-000000000000'),
  fc.string(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `${u}x`),
  fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8, 15] }),
);
/** Now and then a required key is dropped or an unknown one added. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
function reshaped<T extends Record<string, unknown>>(
  base: fc.Arbitrary<T>,
  keys: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(base, rarely(fc.constantFrom(...keys)), rarely(fc.jsonValue())).map(([b, drop, extra]) => {
    const out: Record<string, unknown> = { ...b };
    if (drop !== null) delete out[drop];
    if (extra !== null) out.extra = extra;
    return out;
  });
}
const row = reshaped(
  fc.record({
    id: either(rowId),
    values: either(
      fc.dictionary(
        fc.oneof(
          { weight: 30, arbitrary: fc.string({ minLength: 1 }) },
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
        ),
        fc.oneof(
          { weight: 20, arbitrary: cell },
          { weight: 1, arbitrary: fc.jsonValue() },
          fc.constantFrom(2 ** 53, -(2 ** 60), 1e300, 9007199254740991),
        ),
      ),
    ),
    by: either(fc.string()),
    at: either(fc.string()),
    src: either(fc.constantFrom(...RECORD_SOURCES, 'other')),
  }),
  ['id', 'values', 'by', 'at', 'src'],
);
const file = reshaped(
  fc.record({
    tableCode: either(fc.constantFrom('A10-1', 'A9-6-1', 'a10', 'A10-', '')),
    departmentCode: either(fc.constantFrom('TW', 'JWC', 'D01', 'X', 'tw')),
    rows: either(
      fc.array(fc.oneof({ weight: 20, arbitrary: row }, { weight: 1, arbitrary: fc.jsonValue() }), {
        maxLength: 4,
      }),
    ),
  }),
  ['tableCode', 'departmentCode', 'rows'],
);
// A JSON round trip makes every value look exactly like JSON.parse output (what the check is given).
const asParsed = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

describe('checkTableFile', () => {
  it('its fast path accepts nothing the schema refuses, and the schema decides the rest', () => {
    const seen = { fast: 0, refused: 0 };
    fc.assert(
      fc.property(file, (f) => {
        const value = asParsed(f);
        const zod = tableFileSchema.safeParse(value);
        const checked = checkTableFile(value);
        expect(checked.success).toBe(zod.success);
        if (isTableFileShape(value)) {
          seen.fast++;
          expect(zod.success && zod.data).toEqual(value);
        } else if (!zod.success) seen.refused++;
      }),
      { numRuns: 2000 },
    );
    expect(seen.fast).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it('leaves a row whose values carry a "__proto__" key to the schema, which drops that key', () => {
    const value = JSON.parse(
      '{"tableCode":"A10-1","departmentCode":"TW","rows":[{"id":"6f1c2a0e-8b3d-4c5e-9f7a-1b2c3d4e5f60","values":{"__proto__":"x","a":1},"by":"张三","at":"2025-10-08T09:00:00.000Z","src":"typed"}]}',
    ) as unknown;
    expect(isTableFileShape(value)).toBe(false);
    const r = checkTableFile(value);
    expect(r.success && Object.keys(r.data.rows[0]?.values ?? {})).toEqual(['a']);
    expect(r.success && Object.getPrototypeOf(r.data.rows[0]?.values)).toBe(Object.prototype);
  });

  it('returns the refusal with its zod issue path for a bad row', () => {
    const good = {
      id: '6f1c2a0e-8b3d-4c5e-9f7a-1b2c3d4e5f60',
      values: { a: 1 },
      by: '张三',
      at: '2025-10-08T09:00:00.000Z',
      src: 'typed',
    };
    const r = checkTableFile({
      tableCode: 'A10-1',
      departmentCode: 'TW',
      rows: [good, { ...good, values: { a: [1] } }],
    });
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]?.path.slice(0, 2)).toEqual(['rows', 1]);
  });
});

describe('tableFileMembers', () => {
  const bounds = { maxBytes: 1 << 20, maxDepth: 32 };
  /** Now and then the text repeats a key (JSON.parse keeps the last; the scan counts both). */
  const text = fc
    .tuple(file, fc.constantFrom(null, '"by":', '"values":{', '"tableCode":'))
    .map(([f, dup]) => {
      const t = JSON.stringify(f);
      return dup === null || !t.includes(dup) ? t : t.replace(dup, `${dup.split(':')[0]}:null,${dup}`);
    });

  it('gives parseBoundedJson exactly the answer of its own walk, and vouches only for table-shaped values', () => {
    const seen = { vouched: 0, refused: 0 };
    fc.assert(
      fc.property(text, (t) => {
        const bytes = new TextEncoder().encode(t);
        const plain = parseBoundedJson(bytes, bounds, 'tables/A10-1.json');
        expect(parseBoundedJson(bytes, bounds, 'tables/A10-1.json', tableFileMembers)).toEqual(plain);
        const value = JSON.parse(t) as unknown;
        if (tableFileMembers(value) !== null) {
          seen.vouched++;
          expect(isTableFileShape(value)).toBe(true);
        }
        if (!plain.ok) seen.refused++;
      }),
      { numRuns: 2000 },
    );
    expect(seen.vouched).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(20);
  });
});
