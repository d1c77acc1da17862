/**
 * Filtered counts of one table computed together from their filter plans (filter-plan.ts): per row,
 * each field the filters read is read once and each distinct test is run once, inline; the row then
 * adds 1 to the histogram entry of its tests' results. Each count is read from the histogram at the
 * end through its truth table. Used by the table pass that fills aggregates
 * (src/shared/indicators/delta-aggregates.ts); the counts equal those of running each filter
 * (planned-counts.test.ts). The layout depends only on the plans, so it is prepared once.
 */
import type { CellValue } from '../records/record-types';
import type { AggregateSpec } from './aggregates';
import type { EvalEnv } from './eval-env';
import { literalOutcome } from './expression-operators';
import { cellValue, type FilterPlan, type PlanTest } from './filter-plan';
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
  return {
    plans,
    fields: [...fieldIndex.keys()],
    tests,
    testField: Int32Array.from(testField),
    owns,
    shared: tests.length <= MAX_SHARED_TESTS,
  };
}

/** The filter's own truth-table index for the pass's test results `digits`. */
function ownIndex(digits: Uint8Array, own: Int32Array): number {
  let idx = 0;
  for (let i = own.length - 1; i >= 0; i--) idx = idx * 3 + (digits[own[i]!] ?? 2);
  return idx;
}

/** The counting state of one pass over a table's rows. */
export class PlannedCounter {
  private readonly cells: Value[];
  private readonly digits: Uint8Array;
  private readonly hist: Float64Array;
  private readonly direct: Float64Array;
  private readonly wants: readonly (string | boolean)[];
  private readonly eqs: readonly boolean[];
  private readonly general: readonly PlanTest['test'][];

  constructor(private readonly layout: PlanLayout) {
    const nt = layout.tests.length;
    this.cells = new Array<Value>(layout.fields.length).fill(null);
    this.digits = new Uint8Array(nt);
    this.hist = new Float64Array(layout.shared ? 3 ** nt : 0);
    this.direct = new Float64Array(layout.shared ? 0 : layout.plans.length);
    this.wants = layout.tests.map((t) => t.want);
    this.eqs = layout.tests.map((t) => t.eq);
    this.general = layout.tests.map((t) => t.test);
  }

  reset(): void {
    this.hist.fill(0);
    this.direct.fill(0);
  }

  /** Adds one row (env must hold it, for the general comparison path). */
  add(env: EvalEnv, values: Readonly<Record<string, CellValue>>): void {
    const { cells, digits, wants, eqs, general } = this;
    const { fields, testField, shared } = this.layout;
    for (let f = 0; f < fields.length; f++) cells[f] = cellValue(values[fields[f]!]);
    let idx = 0;
    for (let t = wants.length - 1; t >= 0; t--) {
      const a = cells[testField[t]!] ?? null;
      const y = literalOutcome(wants[t]!, eqs[t]!, a) ?? general[t]!(env, a);
      const code = y === true ? 1 : y === false ? 0 : 2;
      idx = idx * 3 + code;
      digits[t] = code;
    }
    if (shared) this.hist[idx]!++;
    else {
      const { plans, owns } = this.layout;
      for (let p = 0; p < plans.length; p++) this.direct[p]! += plans[p]!.keep[ownIndex(digits, owns[p]!)]!;
    }
  }

  /** The counts, in the plans' order. */
  finish(): number[] {
    const { plans, owns, shared, tests } = this.layout;
    if (!shared) return [...this.direct];
    const counts = plans.map(() => 0);
    const d = new Uint8Array(tests.length);
    this.hist.forEach((n, idx) => {
      if (n === 0) return;
      for (let i = 0, rest = idx; i < d.length; i++, rest = Math.floor(rest / 3)) d[i] = rest % 3;
      plans.forEach((plan, p) => (counts[p]! += n * (plan.keep[ownIndex(d, owns[p]!)] ?? 0)));
    });
    return counts;
  }
}
