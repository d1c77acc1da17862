/**
 * One table's aggregates and how one pass over its rows fills them. The plan is made once per
 * indicator set: the field keys any aggregate of the table reads get a column slot, so a row's cells
 * are read once each (one keyed read per field and row, shared by every aggregate reading that field)
 * and the aggregates then work on slot indexes: count(T) is the number of rows, filtered counts with a
 * plan run their shared tests (src/shared/rules/planned-counts.ts), unfiltered sum/avg/min/max, form
 * values and distinct counts add the cell at their slot, and only the rest (other filters) evaluate
 * their compiled filter on the row. Nothing is allocated per row. Results are exactly those of
 * DeltaAggregate.apply row by row (indicator-engine.test.ts compares with evaluating each indicator
 * alone).
 */
import type { StoredRow } from '../records/record-types';
import type { AggregateSpec } from '../rules/aggregates';
import type { EvalEnv } from '../rules/eval-env';
import { isPlannedCount, planLayout, PlannedCounter, type PlanLayout } from '../rules/planned-counts';
import type { Value } from '../rules/rule-values';
import { CellReader } from './cell-reader';
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
  private readonly cells: (Value | undefined)[];
  private readonly reader: CellReader;

  constructor(private readonly plan: PassPlan) {
    const accs = plan.specs.map((s) => new DeltaAggregate(s));
    const pick = (idx: readonly number[]) => idx.map((i) => accs[i]!);
    this.accs = accs;
    this.countAll = pick(plan.countAll);
    this.planned = pick(plan.planned);
    this.numeric = pick(plan.numeric);
    this.distinct = pick(plan.distinct);
    this.generic = pick(plan.generic);
    this.counter = plan.layout === null ? null : new PlannedCounter(plan.layout, plan.layoutSlots);
    this.cells = new Array<Value | undefined>(plan.fields.length).fill(null);
    this.reader = new CellReader(plan.fields);
  }

  /** Fills every aggregate of the table from its rows (after reset). */
  fill(rows: readonly StoredRow[], env: EvalEnv): void {
    for (const a of this.accs) a.reset();
    for (const a of this.countAll) a.count = rows.length;
    const { cells, counter, numeric, distinct, generic } = this;
    const { fields, numericSlot, distinctSlot, ranged } = this.plan;
    if (fields.length === 0 && generic.length === 0) return;
    counter?.reset();
    const reader = this.reader;
    reader.learn(rows[0]?.values);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const values = row.values;
      reader.read(values, cells);
      if (counter !== null) counter.count(cells, env);
      for (let i = 0; i < numeric.length; i++) {
        const x = cells[numericSlot[i]!];
        const a = numeric[i]!;
        if (typeof x === 'number') {
          // DeltaAggregate.move's number path, inline; only min and max read the range.
          a.n++;
          a.sum += x;
          if (ranged[i] === 1) {
            if (x < a.min) a.min = x;
            if (x > a.max) a.max = x;
          }
        } else a.move(x, 1);
      }
      for (let i = 0; i < distinct.length; i++) {
        const x = cells[distinctSlot[i]!];
        // A text trim() leaves as it is goes in as it is (DeltaAggregate.move trims).
        if (typeof x === 'string' && x !== '' && !mayTrim(x)) distinct[i]!.distinct?.add(x);
        else distinct[i]!.move(x, 1);
      }
      if (generic.length > 0) {
        env.values = values;
        env.row = row;
        for (let i = 0; i < generic.length; i++) generic[i]!.apply(env, values, 1);
      }
    }
    if (counter === null) return;
    const counts = counter.finish();
    this.planned.forEach((a, i) => (a.count = counts[i] ?? 0));
  }
}
