/**
 * What one field's cell adds to a planned-count histogram index (planned-counts.ts), worked out once
 * per layout for the values that decide it without running a test: 是/否 (booleans), an empty cell,
 * each literal the field is compared with, and any other short text. A row then costs one or two
 * comparisons per field instead of one test per literal; other values (numbers, long texts, texts on
 * a field also compared with 是/否) run the field's tests. Every precomputed entry is the field's
 * tests run on that value, so the index is always the one running each test gives (planned-counts.test.ts).
 */
import { createEnv, createEvalRun, type EvalEnv } from './eval-env';
import { cellValue, testCode, type PlanTest } from './filter-plan';
import type { Value } from './rule-values';

export interface FieldCode {
  /** The pass's indexes of the tests reading this field, and 3 to the power of each index. */
  readonly tests: Int32Array;
  readonly places: Int32Array;
  readonly onTrue: number;
  readonly onFalse: number;
  /** null, undefined (absent key) or ''. */
  readonly onEmpty: number;
  /** The texts the field is compared with (trimmed, internalized) and what each adds. */
  readonly texts: readonly string[];
  readonly onText: Int32Array;
  /**
   * The first two texts and what each adds, kept apart (most fields are compared with one or two); ''
   * when there is none, which adds what an empty cell adds.
   */
  readonly text0: string;
  readonly onText0: number;
  readonly text1: string;
  readonly onText1: number;
  /**
   * What a text equal to none of `texts` and no longer than `shortest` adds: every text test on it
   * fails (trimming only shortens). -1 when the field also has tests against 是/否, which read the
   * text's meaning.
   */
  readonly onOtherText: number;
  readonly shortest: number;
}

/**
 * The same text but internalized (a property key): comparing a cell with it is then most often one
 * pointer comparison, as a string literal in a hand-written loop is.
 */
function interned(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

/** Literal tests read neither the row nor the data source; the strategy's 0 never applies to them. */
const LITERAL_ENV: EvalEnv = createEnv(
  { hasTable: () => false, rows: () => [], tableDef: () => undefined },
  createEvalRun(),
);

/** What the field's tests give on value `a`: the sum of each test's result code times its place. */
export function fieldCodeOf(
  code: Pick<FieldCode, 'tests' | 'places'>,
  all: readonly PlanTest[],
  a: Value | undefined,
  env: EvalEnv,
): number {
  const v = cellValue(a ?? null);
  let c = 0;
  for (let i = 0; i < code.tests.length; i++)
    c += code.places[i]! * testCode(all[code.tests[i]!]!.test(env, v));
  return c;
}

/** The codes of each field (`testField[t]` is the field of test t). */
export function fieldCodes(
  tests: readonly PlanTest[],
  testField: Int32Array,
  fieldCount: number,
): FieldCode[] {
  return Array.from({ length: fieldCount }, (_, f) => {
    const own = tests.flatMap((t, i) => (testField[i] === f ? [i] : []));
    const partial = { tests: Int32Array.from(own), places: Int32Array.from(own, (i) => 3 ** i) };
    const at = (v: Value) => fieldCodeOf(partial, tests, v, LITERAL_ENV);
    const texts = [
      ...new Set(own.flatMap((i) => (typeof tests[i]!.want === 'string' ? [tests[i]!.want as string] : []))),
    ].map(interned);
    const yesNo = own.some((i) => typeof tests[i]!.want === 'boolean');
    const shortest = Math.min(...texts.map((t) => t.length));
    return {
      ...partial,
      onTrue: at(true),
      onFalse: at(false),
      onEmpty: at(null),
      texts,
      onText: Int32Array.from(texts, (t) => at(t)),
      text0: texts[0] ?? '',
      onText0: at(texts[0] ?? ''),
      text1: texts[1] ?? '',
      onText1: at(texts[1] ?? ''),
      // A text no longer than every literal and equal to none (a one-character "x" when there are
      // literals, else nothing qualifies).
      onOtherText: yesNo || texts.length === 0 ? -1 : otherTextCode(partial, tests),
      shortest: texts.length === 0 ? 0 : shortest,
    };
  });
}

/** Each text test fails on a text equal to none of the literals: =-tests give false, !=-tests true. */
function otherTextCode(partial: Pick<FieldCode, 'tests' | 'places'>, tests: readonly PlanTest[]): number {
  let c = 0;
  for (let i = 0; i < partial.tests.length; i++)
    c += partial.places[i]! * (tests[partial.tests[i]!]!.eq ? 0 : 1);
  return c;
}
