/**
 * One table's aggregates and how one pass over its rows fills them. The plan is made once per
 * indicator set: the field keys any aggregate of the table reads get a column slot. A pass first
 * reads every row's cells of those fields into columns in one walk (column-reader.ts: one read per
 * field and row, shared by every aggregate reading that field), then each aggregate walks its column:
 * count(T) is the number of rows, filtered counts with a plan add their fields' precomputed codes
 * (src/shared/rules/planned-counts.ts), unfiltered sum/avg/min/max, form values and distinct counts
 * add the cells of their column, and only the rest (other filters) evaluate their compiled filter on
 * each row. Nothing is allocated per row. Each aggregate still sees its cells in row order, so the
 * results are exactly those of DeltaAggregate.apply row by row (table-pass.test.ts compares the two
 * on random rows; indicator-engine.test.ts compares with evaluating each indicator alone).
 */
import type { StoredRow } from '../records/record-types';
import type { AggregateSpec } from '../rules/aggregates';
import type { EvalEnv } from '../rules/eval-env';
import type { Value } from '../rules/rule-values';
import { isPlannedCount, planLayout, PlannedCounter, type PlanLayout } from '../rules/planned-counts';
import { ColumnReader } from './column-reader';
import { DeltaAggregate } from './delta-aggregates';
import { mayTrim } from './trim-check';

/** How a pass over one table fills its aggregates; depends only on the specs, so it is made once. */
export interface PassPlan {
  /** The table's distinct aggregates, in first-use order. */
  readonly specs: readonly AggregateSpec[];
  /** Field keys read per row; a key's index is its slot. */
  readonly fields: readonly string[];
  /** Indexes into specs of each group. */
  readonly countAll: readonly number[];
  readonly planned: readonly number[];
  readonly numeric: readonly number[];
  readonly distinct: readonly number[];
  readonly generic: readonly number[];
  /** Slot of the field of each numeric and distinct aggregate. */
  readonly numericSlot: Int32Array;
  /** 1 for a numeric aggregate that is a min or max (the others need no range). */
  readonly ranged: Uint8Array;
  readonly distinctSlot: Int32Array;
  /** The planned counts' layout and the slot of each of its fields (null: no planned count). */
  readonly layout: PlanLayout | null;
  readonly layoutSlots: Int32Array;
}

const NUMERIC_KINDS = new Set(['sum', 'avg', 'min', 'max', 'value']);

export function planPass(specs: readonly AggregateSpec[]): PassPlan {
  const slots = new Map<string, number>();
  const slot = (key: string): number => {
    let s = slots.get(key);
    if (s === undefined) {
      s = slots.size;
      slots.set(key, s);
    }
    return s;
  };
  const groups = { countAll: [] as number[], planned: [] as number[], generic: [] as number[] };
  const numeric: number[] = [];
  const distinct: number[] = [];
  const numericSlot: number[] = [];
  const distinctSlot: number[] = [];
  specs.forEach((s, i) => {
    if (s.kind === 'count' && s.filter === null) groups.countAll.push(i);
    else if (isPlannedCount(s)) groups.planned.push(i);
    else if (s.filter === null && s.field !== null && NUMERIC_KINDS.has(s.kind)) {
      numeric.push(i);
      numericSlot.push(slot(s.field));
    } else if (s.filter === null && s.field !== null && s.kind === 'countDistinct') {
      distinct.push(i);
      distinctSlot.push(slot(s.field));
    } else groups.generic.push(i);
  });
  const plans = groups.planned.flatMap((i) => {
    const plan = specs[i]?.plan;
    return plan ? [plan] : [];
  });
  const layout = plans.length === 0 ? null : planLayout(plans);
  const layoutSlots = Int32Array.from(layout?.fields ?? [], slot);
  return {
    specs,
    fields: [...slots.keys()],
    ...groups,
    numeric,
    distinct,
    numericSlot: Int32Array.from(numericSlot),
    ranged: Uint8Array.from(numeric, (i) => (specs[i]?.kind === 'min' || specs[i]?.kind === 'max' ? 1 : 0)),
    distinctSlot: Int32Array.from(distinctSlot),
    layout,
    layoutSlots,
  };
}

/**
 * Adds cells 0…n−1 of a column to a sum/avg/min/max/value aggregate: DeltaAggregate.move's number
 * path with the running figures in locals (only min and max keep the range); any other cell goes
 * through move itself, in its place in the order, so the result is the same to the last bit.
 */
function addNumbers(
  a: DeltaAggregate,
  col: readonly (Value | undefined)[],
  n: number,
  minMax: boolean,
): void {
  let count = a.n;
  let sum = a.sum;
  let min = a.min;
  let max = a.max;
  for (let r = 0; r < n; r++) {
    const x = col[r];
    if (typeof x === 'number') {
      count++;
      sum += x;
      if (minMax) {
        if (x < min) min = x;
        if (x > max) max = x;
      }
    } else if (x !== null && x !== undefined && x !== '') {
      a.n = count;
      a.sum = sum;
      a.min = min;
      a.max = max;
      a.move(x, 1);
      count = a.n;
      sum = a.sum;
      min = a.min;
      max = a.max;
    }
  }
  a.n = count;
  a.sum = sum;
  a.min = min;
  a.max = max;
}

/** Adds cells 0…n−1 of a column to a distinct count, as DeltaAggregate.move does one by one. */
function addDistinct(a: DeltaAggregate, col: readonly (Value | undefined)[], n: number): void {
  const set = a.distinct;
  for (let r = 0; r < n; r++) {
    const x = col[r];
    // A text trim() leaves as it is goes in as it is (move trims).
    if (set !== null && typeof x === 'string' && x !== '' && !mayTrim(x)) set.add(x);
    else a.move(x, 1);
  }
}

/** The aggregates of one table at one station, filled by a pass over its rows. */
export class TablePass {
  /** One accumulator per spec, in the plan's order. */
  readonly accs: readonly DeltaAggregate[];
  private readonly countAll: readonly DeltaAggregate[];
  private readonly planned: readonly DeltaAggregate[];
  private readonly numeric: readonly DeltaAggregate[];
  private readonly distinct: readonly DeltaAggregate[];
  private readonly generic: readonly DeltaAggregate[];
  private readonly counter: PlannedCounter | null;
  private readonly reader: ColumnReader;

  /** `pooled` false reads every row generically (tests compare both reading paths). */
  constructor(
    private readonly plan: PassPlan,
    private readonly pooled = true,
  ) {
    const accs = plan.specs.map((s) => new DeltaAggregate(s));
    const pick = (idx: readonly number[]) => idx.map((i) => accs[i]!);
    this.accs = accs;
    this.countAll = pick(plan.countAll);
    this.planned = pick(plan.planned);
    this.numeric = pick(plan.numeric);
    this.distinct = pick(plan.distinct);
    this.generic = pick(plan.generic);
    this.counter = plan.layout === null ? null : new PlannedCounter(plan.layout, plan.layoutSlots);
    this.reader = new ColumnReader(plan.fields);
  }

  /** Fills every aggregate of the table from its rows (after reset). */
  fill(rows: readonly StoredRow[], env: EvalEnv): void {
    for (const a of this.accs) a.reset();
    for (const a of this.countAll) a.count = rows.length;
    const { counter, numeric, distinct, generic } = this;
    const { fields, numericSlot, distinctSlot, ranged } = this.plan;
    const n = rows.length;
    if (fields.length > 0) {
      // Each aggregate walks its column, rows in order: the same additions in the same order as
      // adding row by row, so the results are the same to the last bit.
      const cols = this.reader.read(rows, this.pooled);
      if (counter !== null) {
        counter.reset();
        counter.countColumns(cols, n, env);
        const counts = counter.finish();
        this.planned.forEach((a, i) => (a.count = counts[i] ?? 0));
      }
      for (let i = 0; i < numeric.length; i++)
        addNumbers(numeric[i]!, cols[numericSlot[i]!]!, n, ranged[i] === 1);
      for (let i = 0; i < distinct.length; i++) addDistinct(distinct[i]!, cols[distinctSlot[i]!]!, n);
    }
    if (generic.length === 0) return;
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      const values = row.values;
      env.values = values;
      env.row = row;
      for (let i = 0; i < generic.length; i++) generic[i]!.apply(env, values, 1);
    }
  }
}
