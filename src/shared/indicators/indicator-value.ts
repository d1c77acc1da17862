/**
 * One indicator's value, or why it cannot be computed. A number is always finite: a zero or missing
 * denominator, a table the station does not hold, a part with no data, or a field the catalog lacks
 * give `{ ok: false, reason: '无法计算（…）' }` naming what is missing — never Infinity or NaN.
 */
import type { CompiledExpression } from '../rules/expression-compiler';
import type { EvalEnv } from '../rules/eval-env';
import { toNumber } from '../rules/rule-values';
import type { CompiledIndicator } from './indicator-compiler';
import type { IndicatorDef } from './indicator-types';

export type IndicatorFailureCode =
  'missing-field' | 'not-held' | 'no-prev' | 'no-data' | 'zero-denominator' | 'not-finite';

export type IndicatorValue =
  | {
      readonly ok: true;
      /** Unrounded: numerator × scale ÷ denominator. */
      readonly value: number;
      readonly numerator: number;
      /** null for an indicator without a denominator. */
      readonly denominator: number | null;
      /** Rounded to the indicator's precision, with its unit: "16.42"、"52.3%"、"8,120 元". */
      readonly text: string;
    }
  | {
      readonly ok: false;
      readonly code: IndicatorFailureCode;
      /** "无法计算（…）" */
      readonly reason: string;
      /** Tables (or 上年 tables) the station lacks, for 'not-held' / 'no-prev'. */
      readonly missingTables: readonly string[];
    };

function failure(
  code: IndicatorFailureCode,
  why: string,
  missingTables: readonly string[] = [],
): IndicatorValue {
  return { ok: false, code, reason: `无法计算（${why}）`, missingTables };
}

/** Half-up rounding at `digits` decimals of the number's decimal text, through that text (exact, slow). */
export function roundToDecimalText(value: number, digits: number): number {
  const r = Number(`${Math.round(Number(`${value}e${digits}`))}e-${digits}`);
  return Number.isFinite(r) ? r : Math.round(value * 10 ** digits) / 10 ** digits;
}

/**
 * Half-up rounding at `digits` decimals without binary artefacts (1.005 → 1.01): the result of
 * roundToDecimalText. value × 10^digits differs from the decimal text's scaled value by a few units in
 * the last place, which changes Math.round only next to a half, so away from halves (nearly always)
 * the product is rounded directly; an integer ÷ 10^digits is the same double as parsing "ne-digits".
 */
export function roundTo(value: number, digits: number): number {
  const p = 10 ** digits;
  const x = value * p;
  const ax = Math.abs(x);
  // Below 1e-6 a number's text is in exponent notation, which the text path treats differently.
  if (ax < 1e15 && (value === 0 || Math.abs(value) >= 1e-6)) {
    const frac = ax - Math.floor(ax);
    if (Math.abs(frac - 0.5) > 1e-9 * Math.max(1, ax)) {
      const r = Math.round(x) / p;
      // The text path reads −0 back as 0.
      return r === 0 ? 0 : r;
    }
  }
  return roundToDecimalText(value, digits);
}

/**
 * `r.toFixed(digits)` for a number already rounded to `digits` decimals, written from the integer
 * r × 10^digits (toFixed's exact decimal expansion is the slow part of formatting a value); very large
 * numbers still go through toFixed.
 */
export function fixedText(r: number, digits: number): string {
  const k = Math.round(r * 10 ** digits);
  if (!(Math.abs(k) < 2 ** 50)) return r.toFixed(digits);
  // −0 is written "0", as toFixed does.
  const neg = k < 0;
  const abs = String(neg ? -k : k === 0 ? 0 : k);
  if (digits === 0) return neg ? `-${abs}` : abs;
  const padded = abs.padStart(digits + 1, '0');
  const cut = padded.length - digits;
  return `${neg ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** The fewest decimals (up to `precision`) that write an already rounded number exactly. */
function shortestDecimals(rounded: number, precision: number): number {
  for (let d = 0; d < precision; d++) if (roundTo(rounded, d) === rounded) return d;
  return precision;
}

/**
 * "12,345.60 元": rounded half-up, thousands grouped (zh-CN style), the unit after a space ('%' without).
 * A size figure (kind 'scale': 在校生数, 教师总数 …) is a count of people or things: it shows at most
 * `precision` decimals, without trailing zeros, so a 折合 count reads "10 人" beside the plain count's
 * "10 人" and still "12.5 人" when the 0.5 factor makes a half. Ratios keep every decimal ("52.0%").
 */
export function formatIndicatorNumber(
  value: number,
  def: Pick<IndicatorDef, 'precision' | 'unit'> & Partial<Pick<IndicatorDef, 'kind'>>,
): string {
  const rounded = roundTo(value, def.precision);
  const fixed = fixedText(
    rounded,
    def.kind === 'scale' ? shortestDecimals(rounded, def.precision) : def.precision,
  );
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  // Grouping only changes integer parts of four digits or more.
  const grouped = int.length <= 3 ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = dot < 0 ? grouped : `${grouped}${fixed.slice(dot)}`;
  if (def.unit === '') return text;
  return def.unit === '%' ? `${text}%` : `${text} ${def.unit}`;
}

type Part = { readonly ok: true; readonly n: number } | { readonly ok: false; readonly v: IndicatorValue };

function evaluatePart(expr: CompiledExpression, label: string, env: EvalEnv): Part {
  env.refs = 0;
  env.missing = 0;
  const v = expr.evaluate(env);
  const n = toNumber(v);
  const allMissing = env.refs > 0 && env.missing === env.refs;
  if (n === null || allMissing) {
    const empty = [...expr.tables].filter((t) => env.source.rows(t).length === 0);
    const why =
      empty.length > 0 ? `${empty.join('、')} 未填报` : allMissing ? '相关字段均未填写' : '结果不是数值';
    return { ok: false, v: failure('no-data', `${label}缺少数据：${why}`) };
  }
  return { ok: true, n };
}

/** Evaluates a compiled indicator; its aggregates are read from env's run cache (or computed on demand). */
export function evaluateIndicator(ci: CompiledIndicator, env: EvalEnv): IndicatorValue {
  const def = ci.def;
  if (def.missingFields.length > 0) {
    const names = def.missingFields.map((m) => {
      const table = env.source.tableDef(m.table);
      return `${m.table}${table === undefined ? '' : ` ${table.name}`}的“${m.field}”`;
    });
    return failure('missing-field', `目录缺少字段：${names.join('、')}`);
  }
  if (!ci.tables.every((t) => env.source.hasTable(t))) {
    const notHeld = ci.tables.filter((t) => !env.source.hasTable(t));
    return failure('not-held', `本站没有 ${notHeld.join('、')} 的数据`, notHeld);
  }
  if (ci.usesPrev) {
    const prev = env.source.prev;
    if (prev === undefined) return failure('no-prev', '没有上年数据', ['上年数据']);
    const lacking = ci.prevTables.filter((t) => !prev.hasTable(t));
    if (lacking.length > 0)
      return failure(
        'no-prev',
        `没有上年 ${lacking.join('、')} 的数据`,
        lacking.map((t) => `上年 ${t}`),
      );
  }
  env.zeroMissing = true;
  const num = evaluatePart(ci.numerator, def.numeratorLabel, env);
  if (!num.ok) return num.v;
  let den: number | null = null;
  if (ci.denominator !== null) {
    const d = evaluatePart(ci.denominator, def.denominatorLabel ?? '分母', env);
    if (!d.ok) return d.v;
    if (d.n === 0) return failure('zero-denominator', `分母“${def.denominatorLabel ?? ''}”为 0`);
    den = d.n;
  }
  const value = den === null ? num.n * def.scale : (num.n * def.scale) / den;
  if (!Number.isFinite(value)) return failure('not-finite', '结果超出数值范围');
  return { ok: true, value, numerator: num.n, denominator: den, text: formatIndicatorNumber(value, def) };
}
