/**
 * Filtered counts of one table computed together from their filter plans (filter-plan.ts): per row,
 * each field the filters read is read once (by the caller's table pass, which shares the read with
 * its other aggregates) and each distinct test is run once, inline; the row then
 * adds 1 to the histogram entry of its tests' results. Each count is read from the histogram at the
 * end through its truth table. Used by the table pass that fills aggregates
 * (src/shared/indicators/table-pass.ts); the counts equal those of running each filter
 * (planned-counts.test.ts). The layout depends only on the plans, so it is prepared once.
 */
import type { CellValue } from '../records/record-types';
import type { AggregateSpec } from './aggregates';
import type { EvalEnv } from './eval-env';
import { fieldCodeOf, fieldCodes, type FieldCode } from './field-codes';
import { cellValue, testCode, type FilterPlan, type PlanTest } from './filter-plan';
import type { Value } from './rule-values';

/** Distinct tests of one pass beyond this fall back to one truth-table lookup per filter and row. */
const MAX_SHARED_TESTS = 8;

export interface PlanLayout {
  readonly plans: readonly FilterPlan[];
  /** Field keys read, each once per row. */
  readonly fields: readonly string[];
  /** The pass's distinct tests, with the index of the field each reads. */
  readonly tests: readonly PlanTest[];
  readonly testField: Int32Array;
  /** Per plan, the pass's index of each of its tests. */
  readonly owns: readonly Int32Array[];
  /** Whether one histogram over all tests' results is kept (few tests). */
  readonly shared: boolean;
  /** Per field, what its cell adds to the histogram index (field-codes.ts). */
  readonly codes: readonly FieldCode[];
  /** The histogram (3ⁿ entries when shared), used by one counter's pass at a time. */
  readonly hist: Float64Array;
}

/** A count(T where …) whose filter has a plan: counted through planned counts. */
export function isPlannedCount(spec: AggregateSpec): boolean {
  return spec.kind === 'count' && spec.filter !== null && spec.plan !== undefined && spec.plan !== null;
}

export function planLayout(plans: readonly FilterPlan[]): PlanLayout {
  const fieldIndex = new Map<string, number>();
  const testIndex = new Map<string, number>();
  const tests: PlanTest[] = [];
  const testField: number[] = [];
  const owns = plans.map((plan) => {
    const own = new Int32Array(plan.tests.length);
    plan.tests.forEach((t, i) => {
      let f = fieldIndex.get(t.field);
      if (f === undefined) {
        f = fieldIndex.size;
        fieldIndex.set(t.field, f);
      }
      let s = testIndex.get(t.sig);
      if (s === undefined) {
        s = tests.length;
        testIndex.set(t.sig, s);
        tests.push(t);
        testField.push(f);
      }
      own[i] = s;
    });
    return own;
  });
  const fields = [...fieldIndex.keys()];
  const shared = tests.length <= MAX_SHARED_TESTS;
  const fieldOfTest = Int32Array.from(testField);
  return {
    plans,
    fields,
    tests,
    testField: fieldOfTest,
    owns,
    shared,
    codes: fieldCodes(tests, fieldOfTest, fields.length),
    hist: new Float64Array(shared ? 3 ** tests.length : 0),
  };
}

/** The filter's own truth-table index for the pass's test results `digits`. */
function ownIndex(digits: Uint8Array, own: Int32Array): number {
  let idx = 0;
  for (let i = own.length - 1; i >= 0; i--) idx = idx * 3 + (digits[own[i]!] ?? 2);
  return idx;
}

/** What one cell adds to its row's histogram index: precomputed for the common values (field-codes.ts). */
/**
 * What one cell adds to its row's histogram index when it is one of the values precomputed for its
 * field (field-codes.ts), else -1. Calls nothing, so a loop over columns keeps the fields' codes at hand.
 */
function quickCode(code: FieldCode, a: Value | undefined): number {
  if (typeof a === 'string') {
    // Compared only with texts, so this comparison stays a text comparison (often one pointer check).
    if (a === code.text0) return code.onText0;
    if (a === code.text1) return code.onText1;
    const texts = code.texts;
    for (let j = 2; j < texts.length; j++) if (a === texts[j]) return code.onText[j]!;
    return a === '' ? code.onEmpty : a.length <= code.shortest ? code.onOtherText : -1;
  }
  if (typeof a === 'boolean') return a ? code.onTrue : code.onFalse;
  return a === null || a === undefined ? code.onEmpty : -1;
}

/** What one cell adds to its row's histogram index: precomputed, or the field's tests run on it. */
function cellCode(code: FieldCode, a: Value | undefined, tests: readonly PlanTest[], env: EvalEnv): number {
  const c = quickCode(code, a);
  return c < 0 ? fieldCodeOf(code, tests, a, env) : c;
}

/** Each row's histogram index during one countColumns (grown, reused: a count is synchronous). */
let indexes = new Int32Array(0);

function rowIndexes(n: number): Int32Array {
  if (indexes.length < n) indexes = new Int32Array(n);
  indexes.fill(0, 0, n);
  return indexes;
}

/** The counting state of one pass over a table's rows. */
export class PlannedCounter {
  private readonly own: (Value | undefined)[];
  /** Where the cells given to count() hold each field of the layout. */
  private readonly fieldSlot: Int32Array;
  private readonly digits: Uint8Array;
  private readonly hist: Float64Array;
  private readonly direct: Float64Array;
  /** One row's cells by the caller's slots, for the many-tests path of countColumns. */
  private readonly rowCells: (Value | undefined)[];

  /**
   * `fieldSlots[f]` is where the caller's cells hold layout.fields[f] when it reads the row itself
   * (`count`); without it the counter reads its own fields (`add`).
   */
  constructor(
    private readonly layout: PlanLayout,
    fieldSlots?: Int32Array,
  ) {
    this.own = new Array<Value | undefined>(layout.fields.length).fill(null);
    this.fieldSlot = fieldSlots ?? Int32Array.from(layout.fields, (_, f) => f);
    this.digits = new Uint8Array(layout.tests.length);
    // A pass fills and reads its histogram within one synchronous fill, so the counters of one layout
    // (one per engine) share it rather than each allocating 3ⁿ entries.
    this.hist = layout.hist;
    this.direct = new Float64Array(layout.shared ? 0 : layout.plans.length);
    this.rowCells = new Array<Value | undefined>(Math.max(0, ...this.fieldSlot) + 1).fill(undefined);
  }

  reset(): void {
    this.hist.fill(0);
    this.direct.fill(0);
  }

  /** Adds one row, reading the fields itself (a counter made without `fieldSlots`). */
  add(env: EvalEnv, values: Readonly<Record<string, CellValue>>): void {
    const { own } = this;
    const { fields } = this.layout;
    for (let f = 0; f < fields.length; f++) own[f] = values[fields[f]!];
    this.count(own, env);
  }

  /** Adds one row whose cells the caller has read at `fieldSlots` (raw: undefined for an absent key). */
  count(cells: readonly (Value | undefined)[], env: EvalEnv): void {
    if (!this.layout.shared) {
      this.countDirect(cells, env);
      return;
    }
    const { codes, tests } = this.layout;
    const { fieldSlot } = this;
    let idx = 0;
    for (let f = 0; f < codes.length; f++) idx += cellCode(codes[f]!, cells[fieldSlot[f]!], tests, env);
    this.hist[idx]!++;
  }

  /**
   * Adds rows 0…n−1 whose cells the caller has read into columns (`cols[fieldSlots[f]][r]`): each
   * field's codes are added to every row's index in one walk down its column, then the indexes go
   * into the histogram. The same indexes as count() row by row.
   */
  countColumns(cols: readonly (readonly (Value | undefined)[])[], n: number, env: EvalEnv): void {
    const { fieldSlot } = this;
    if (!this.layout.shared) {
      const cells = this.rowCells;
      for (let r = 0; r < n; r++) {
        for (let f = 0; f < fieldSlot.length; f++) cells[fieldSlot[f]!] = cols[fieldSlot[f]!]![r];
        this.countDirect(cells, env);
      }
      return;
    }
    const { codes, tests } = this.layout;
    const { hist } = this;
    const col = (f: number) => cols[fieldSlot[f]!]!;
    // Up to four fields, one walk over the rows (the common case: a few yes/no or category fields).
    if (codes.length === 1) {
      const [a] = [col(0)];
      const [ca] = codes as [FieldCode];
      for (let r = 0; r < n; r++) {
        const qa = quickCode(ca, a[r]);
        hist[qa >= 0 ? qa : cellCode(ca, a[r], tests, env)]!++;
      }
    } else if (codes.length === 2) {
      const [a, b] = [col(0), col(1)];
      const [ca, cb] = codes as [FieldCode, FieldCode];
      for (let r = 0; r < n; r++) {
        const qa = quickCode(ca, a[r]);
        const qb = quickCode(cb, b[r]);
        if ((qa | qb) >= 0) hist[qa + qb]!++;
        else hist[cellCode(ca, a[r], tests, env) + cellCode(cb, b[r], tests, env)]!++;
      }
    } else if (codes.length === 3) {
      const [a, b, c] = [col(0), col(1), col(2)];
      const [ca, cb, cc] = codes as [FieldCode, FieldCode, FieldCode];
      for (let r = 0; r < n; r++) {
        const qa = quickCode(ca, a[r]);
        const qb = quickCode(cb, b[r]);
        const qc = quickCode(cc, c[r]);
        if ((qa | qb | qc) >= 0) hist[qa + qb + qc]!++;
        else
          hist[
            cellCode(ca, a[r], tests, env) + cellCode(cb, b[r], tests, env) + cellCode(cc, c[r], tests, env)
          ]!++;
      }
    } else if (codes.length === 4) {
      const [a, b, c, d] = [col(0), col(1), col(2), col(3)];
      const [ca, cb, cc, cd] = codes as [FieldCode, FieldCode, FieldCode, FieldCode];
      for (let r = 0; r < n; r++) {
        const qa = quickCode(ca, a[r]);
        const qb = quickCode(cb, b[r]);
        const qc = quickCode(cc, c[r]);
        const qd = quickCode(cd, d[r]);
        if ((qa | qb | qc | qd) >= 0) hist[qa + qb + qc + qd]!++;
        else
          hist[
            cellCode(ca, a[r], tests, env) +
              cellCode(cb, b[r], tests, env) +
              cellCode(cc, c[r], tests, env) +
              cellCode(cd, d[r], tests, env)
          ]!++;
      }
    } else {
      const idx = rowIndexes(n);
      for (let f = 0; f < codes.length; f++) {
        const code = codes[f]!;
        const c = col(f);
        for (let r = 0; r < n; r++) idx[r]! += cellCode(code, c[r], tests, env);
      }
      for (let r = 0; r < n; r++) hist[idx[r]!]!++;
    }
  }

  /** Many tests: each filter looks its own tests' results up in its truth table. */
  private countDirect(cells: readonly (Value | undefined)[], env: EvalEnv): void {
    const { digits, fieldSlot } = this;
    const { tests, testField, plans, owns } = this.layout;
    for (let t = 0; t < tests.length; t++)
      digits[t] = testCode(tests[t]!.test(env, cellValue(cells[fieldSlot[testField[t]!]!])));
    for (let p = 0; p < plans.length; p++) this.direct[p]! += plans[p]!.keep[ownIndex(digits, owns[p]!)]!;
  }

  /** The counts, in the plans' order. */
  finish(): number[] {
    const { plans, owns, shared, tests } = this.layout;
    if (!shared) return [...this.direct];
    const { hist } = this;
    const counts = plans.map(() => 0);
    const d = new Uint8Array(tests.length);
    for (let idx = 0; idx < hist.length; idx++) {
      const n = hist[idx]!;
      if (n === 0) continue;
      for (let i = 0, rest = idx; i < d.length; i++, rest = Math.floor(rest / 3)) d[i] = rest % 3;
      for (let p = 0; p < plans.length; p++) counts[p]! += n * plans[p]!.keep[ownIndex(d, owns[p]!)]!;
    }
    return counts;
  }
}
