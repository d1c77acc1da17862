/**
 * Resolving live nodes against a data source: the text an 指标数值 node shows (value, 较上年 phrase,
 * 达到/未达到 standard), the hover facts, and the rows a chart or data table draws. A node whose
 * indicator is gone shows 指标已删除 and one that cannot be computed says so — never a silent blank.
 */
import type { AggregateRow, DataSnapshot, IndicatorInfo, ReportDataSource } from './data-source';
import type { IndicatorValueAttrs, LiveSource, Phrase } from './live-attrs';

export const DELETED_TEXT = '指标已删除';
export const UNAVAILABLE_TEXT = '无法计算';

export type LiveValue =
  | {
      readonly state: 'ok';
      readonly text: string;
      readonly value: number;
      readonly info: IndicatorInfo;
      readonly snapshot: DataSnapshot;
    }
  | { readonly state: 'deleted'; readonly text: string }
  | {
      readonly state: 'unavailable';
      readonly text: string;
      readonly reason: string;
      readonly info: IndicatorInfo;
    };

/** A number at the indicator's precision (ties away from zero, as people round). */
export function formatValue(value: number, precision: number): string {
  const f = 10 ** precision;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
  return r.toFixed(precision);
}

export function withUnit(text: string, unit: string): string {
  return unit ? `${text}${unit}` : text;
}

function growthPhrase(value: number, previous: number | null): string | { reason: string } {
  if (previous === null) return { reason: '没有上年数据，无法比较' };
  if (previous === 0) return { reason: '上年数值为 0，无法计算增长率' };
  const pct = ((value - previous) / Math.abs(previous)) * 100;
  const shown = formatValue(Math.abs(pct), 1);
  if (shown === '0.0') return '与上年持平';
  return pct > 0 ? `较上年增长${shown}%` : `较上年下降${shown}%`;
}

const OP_TEXT: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

function meets(value: number, op: string, bound: number): boolean {
  if (op === '>=') return value >= bound;
  if (op === '<=') return value <= bound;
  if (op === '>') return value > bound;
  return value < bound;
}

function standardPhrase(info: IndicatorInfo, value: number): string | { reason: string } {
  const s = info.standard;
  if (!s) return { reason: '该指标没有设定标准' };
  // Compared as shown: a value that reads 18.0 meets "≤ 18" even if it is 18.004.
  const shown = Number(formatValue(value, info.precision));
  const bound = `${OP_TEXT[s.op]} ${s.value}${info.unit}`;
  const name = s.label ?? '标准';
  return meets(shown, s.op, s.value) ? `达到${name}（${bound}）` : `未达到${name}（${bound}）`;
}

/** What an 指标数值 node shows now. */
export function resolveIndicatorValue(
  attrs: Pick<IndicatorValueAttrs, 'indicatorId' | 'phrase'>,
  source: ReportDataSource,
): LiveValue {
  const info = source.info(attrs.indicatorId);
  if (!info) return { state: 'deleted', text: DELETED_TEXT };
  const r = source.value(info.id);
  if (!r.ok) return { state: 'unavailable', text: UNAVAILABLE_TEXT, reason: r.reason, info };
  const phrase = phraseText(attrs.phrase, info, r.value, r.previous);
  if (typeof phrase !== 'string')
    return { state: 'unavailable', text: UNAVAILABLE_TEXT, reason: phrase.reason, info };
  return { state: 'ok', text: phrase, value: r.value, info, snapshot: r.snapshot };
}

function phraseText(
  phrase: Phrase,
  info: IndicatorInfo,
  value: number,
  previous: number | null,
): string | { reason: string } {
  if (phrase === 'growth') return growthPhrase(value, previous);
  if (phrase === 'standard') return standardPhrase(info, value);
  return withUnit(formatValue(value, info.precision), info.unit);
}

/** The rows of a chart or data table: one per indicator, or the groups of an aggregate. */
export type LiveRows =
  | {
      readonly state: 'ok';
      readonly rows: ReadonlyArray<AggregateRow & { readonly unit: string; readonly precision: number }>;
      readonly snapshot: DataSnapshot;
      /** Names of indicators in the source that are deleted or cannot be computed. */
      readonly missing: readonly string[];
    }
  | { readonly state: 'unavailable'; readonly reason: string };

export function resolveLiveRows(src: LiveSource, source: ReportDataSource): LiveRows {
  if (src.type === 'aggregate') {
    const r = source.aggregate(src);
    if (!r.ok) return { state: 'unavailable', reason: r.reason };
    // Counts and sums of whole numbers read as whole numbers.
    const precision = r.rows.every((row) => Number.isInteger(row.value)) ? 0 : 2;
    const rows = r.rows.map((row) => ({ ...row, unit: '', precision }));
    return { state: 'ok', rows, snapshot: r.snapshot, missing: [] };
  }
  const rows: Array<AggregateRow & { unit: string; precision: number }> = [];
  const missing: string[] = [];
  for (const id of src.indicatorIds) {
    const info = source.info(id);
    if (!info) {
      missing.push(`${id}（${DELETED_TEXT}）`);
      continue;
    }
    const r = source.value(id);
    if (!r.ok) missing.push(`${info.name}（${r.reason}）`);
    else rows.push({ group: info.name, value: r.value, unit: info.unit, precision: info.precision });
  }
  if (rows.length === 0) return { state: 'unavailable', reason: missing.join('；') || '没有可用的指标' };
  return { state: 'ok', rows, snapshot: source.snapshot, missing };
}
