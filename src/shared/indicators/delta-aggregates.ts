/**
 * Aggregates that can also take a row back out: what lets one edited row update an indicator without
 * re-reading its table. count, sum, avg and a form table's numeric value are kept as counters and
 * moved by the edit's difference; min, max, distinct counts and text values cannot be, so an edit to
 * a table holding one of those re-reads that table (once, all its aggregates together). Results are
 * exactly those of the rule language's aggregates (src/shared/rules/aggregates.ts).
 */
import type { CellValue } from '../records/record-types';
import { aggregateResult, type AggregateSpec } from '../rules/aggregates';
import type { EvalEnv } from '../rules/eval-env';
import { isTrue, toNumber, type Value } from '../rules/rule-values';

export class DeltaAggregate {
  count = 0;
  n = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** A text value of a form-table field (kind 'value'), kept while no number is seen. */
  first: Value = null;
  distinct: Set<string | number | boolean> | null;

  constructor(readonly spec: AggregateSpec) {
    this.distinct = spec.kind === 'countDistinct' ? new Set() : null;
  }

  /** Whether removing a row can be done by subtracting (see the module comment). */
  get reversible(): boolean {
    const k = this.spec.kind;
    return k === 'count' || k === 'sum' || k === 'avg' || (k === 'value' && this.first === null);
  }

  reset(): void {
    this.count = 0;
    this.n = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.first = null;
    this.distinct = this.spec.kind === 'countDistinct' ? new Set() : null;
  }

  /**
   * Adds (sign 1) or removes (sign -1) one row's contribution; env must hold the row (filters read it).
   * Returns false when a removal cannot be done by subtraction (the caller re-reads the table).
   */
  apply(env: EvalEnv, values: Readonly<Record<string, CellValue>>, sign: 1 | -1): boolean {
    const filter = this.spec.filter;
    if (filter !== null) {
      const keep = filter(env);
      if (keep !== true && (keep === false || keep === null || !isTrue(keep))) return true;
    }
    const kind = this.spec.kind;
    if (kind === 'count') {
      this.count += sign;
      return true;
    }
    const f = this.spec.field;
    return this.move(f === null ? null : values[f], sign);
  }

  /** Adds or removes one row's cell of the aggregate's field, the row past the filter (see apply). */
  move(raw: Value | undefined, sign: 1 | -1): boolean {
    const kind = this.spec.kind;
    if (raw === null || raw === undefined || raw === '') return true;
    if (this.distinct !== null) {
      if (sign < 0) return false;
      this.distinct.add(typeof raw === 'string' ? raw.trim() : raw);
      return true;
    }
    const x = typeof raw === 'number' ? raw : toNumber(raw);
    if (x === null) {
      if (sign < 0) return false;
      if (this.first === null) this.first = raw;
      return true;
    }
    if (sign < 0 && (kind === 'min' || kind === 'max')) return false;
    this.n += sign;
    this.sum += sign * x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    return true;
  }

  result(): Value {
    return aggregateResult(this.spec.kind, this);
  }
}
