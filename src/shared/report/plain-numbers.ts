/**
 * Numbers typed as plain text next to an indicator's name ("生师比为17.2", "就业率达到 96.5%"): each is
 * compared with the indicator's value at the precision it was typed with, and a contradiction is
 * reported. A live value in the text reads as its 〔指标:…〕 label, so it never counts as typed.
 */
import type { IndicatorInfo, ReportDataSource } from './data-source';
import { formatValue } from './live-values';

/** What may stand between the name and the number: 为/是/达到/约为/：, spaces, 2025年 and such. */
const LINK = '(?:(?:[0-9]{4}年|本年度|今年|全校|学校)?\\s*(?:为|是|达到|达|约为|约|：|:)?\\s*)';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function typedPrecision(n: string): number {
  const dot = n.indexOf('.');
  return dot < 0 ? 0 : n.length - dot - 1;
}

/** Messages for each typed number contradicting the named indicator's current value. */
export function findContradictions(text: string, source: ReportDataSource): string[] {
  const out: string[] = [];
  for (const info of source.list()) {
    if (!text.includes(info.name)) continue;
    const re = new RegExp(`${escape(info.name)}${LINK}(-?[0-9]+(?:\\.[0-9]+)?)`, 'g');
    for (const m of text.matchAll(re)) {
      const typed = m[1]!;
      const msg = contradiction(info, typed, source);
      if (msg) out.push(msg);
    }
  }
  return out;
}

function contradiction(info: IndicatorInfo, typed: string, source: ReportDataSource): string | null {
  const r = source.value(info.id);
  if (!r.ok) return null;
  // The value rounded to the precision the number was typed with: "17.2" agrees with 17.24, "18" does not.
  const p = Math.min(typedPrecision(typed), 6);
  if (formatValue(r.value, p) === formatValue(Number(typed), p)) return null;
  const actual = formatValue(r.value, info.precision);
  return `正文写“${info.name}${typed}”，与状态数据不一致（当前为 ${actual}${info.unit}），建议改为插入指标数值。`;
}
