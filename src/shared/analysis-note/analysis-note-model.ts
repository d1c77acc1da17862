/**
 * The 核心数据分析报告 for the 领导小组, as plain data: the core indicators against their standards, last
 * year and the target, the 未达标 items (with 连续两年未达标 …), the school's yellow/red card, the open 整改
 * items and each indicator over the years. Built from values computed over the named 审定前快照, which
 * it names; packed into .docx by analysis-note-docx.ts (in a Worker). See docs/indicators.md.
 */
import type { IndicatorDef, IndicatorValue } from '../indicators';
import { formatIndicatorNumber } from '../indicators';
import { isOpenItem, isOverdue } from '../rectification/rectification-machine';
import { RECTIFICATION_STATE_LABELS, type RectificationItem } from '../rectification/rectification-types';
import {
  benchmarkBars,
  BENCHMARK_STATUS_LABELS,
  belowStreakText,
  CARD_LABELS,
  CARD_RULE_TEXT,
  SCHOOL_CATEGORY_LABELS,
  schoolCard,
  STANDARD_LEVEL_LABELS,
  type BenchmarkBar,
  type Judgement,
  type StandardSet,
  type Trends,
} from '../standards';

export interface NoteIndicatorRow {
  readonly name: string;
  readonly value: string;
  readonly prev: string;
  readonly reference: string;
  readonly target: string;
  readonly status: string;
  readonly streak: string | null;
}

export interface AnalysisNoteModel {
  readonly title: string;
  readonly school: string;
  readonly year: string;
  /** The 审定前快照 the values were computed from: its name, time and data hash. */
  readonly snapshot: { readonly name: string; readonly at: string; readonly hash: string };
  readonly category: string;
  readonly card: { readonly label: string; readonly explanation: string; readonly rule: string };
  /** Whether the station holds last year's data (without it the tables leave the 上年 column out). */
  readonly hasPrev: boolean;
  readonly indicators: readonly NoteIndicatorRow[];
  readonly below: readonly NoteIndicatorRow[];
  readonly items: readonly (readonly string[])[];
  readonly trend: { readonly years: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /**
   * Why values cannot be computed, each once: a cell reads “无法计算（注 n）” and note n, under the
   * tables, says why, so a long reason does not wrap down a narrow column.
   */
  readonly notes: readonly string[];
  /** The 对标 chart's bars (drawn as a PNG by the caller, benchmark-chart.ts). */
  readonly chart: readonly BenchmarkBar[];
}

export interface AnalysisNoteInput {
  readonly school: string;
  readonly academicYearStart: number;
  readonly snapshot: { readonly name: string; readonly at: string; readonly hash: string };
  readonly defs: readonly IndicatorDef[];
  readonly values: ReadonlyMap<string, IndicatorValue>;
  readonly prev: ReadonlyMap<string, IndicatorValue> | null;
  readonly judgements: ReadonlyMap<string, Judgement>;
  readonly standards: StandardSet;
  readonly trends: Trends;
  readonly items: readonly RectificationItem[];
  readonly departmentName: (code: string) => string;
  /** YYYYMMDD, for 已逾期. */
  readonly today: string;
}

const yearLabel = (start: number) => `${start}-${start + 1}学年`;
const REASON = /^无法计算（(.*)）$/s;

/** Numbers each distinct reason once, in the order the tables first show it. */
function noteNumbers() {
  const notes: string[] = [];
  const cell = (text: string): string => {
    const why = REASON.exec(text)?.[1];
    if (why === undefined) return text;
    let n = notes.indexOf(why);
    if (n < 0) n = notes.push(why) - 1;
    return `无法计算（注 ${n + 1}）`;
  };
  return { notes, cell };
}

export function buildAnalysisNoteModel(input: AnalysisNoteInput): AnalysisNoteModel {
  const { notes, cell } = noteNumbers();
  const shown = (v: IndicatorValue | undefined | null, none: string) =>
    v === undefined || v === null ? none : cell(v.ok ? v.text : v.reason);
  const rows = input.defs.map((d): NoteIndicatorRow & { below: boolean } => {
    const j = input.judgements.get(d.id);
    const ref = j?.reference ?? null;
    const target = j?.standards.target ?? null;
    return {
      name: d.name,
      value: shown(input.values.get(d.id), '—'),
      prev: input.prev === null ? '—' : shown(input.prev.get(d.id), '—'),
      reference:
        ref === null
          ? '—'
          : `${STANDARD_LEVEL_LABELS[ref.level]} ${d.direction === 'lower' ? '≤' : '≥'} ${formatIndicatorNumber(ref.value, d)}${ref.verified ? '' : '（未核实）'}`,
      target: target === null ? '—' : formatIndicatorNumber(target.value, d),
      status: j === undefined ? '—' : BENCHMARK_STATUS_LABELS[j.status],
      streak: belowStreakText(input.trends.belowStreak.get(d.id) ?? 0),
      below: j?.status === 'below',
    };
  });
  const card = schoolCard(input.defs, input.judgements, input.trends.yellowBefore);
  const years = [
    ...new Set([...input.trends.points.values()].flatMap((p) => p.map((x) => x.academicYearStart))),
  ].sort((a, b) => a - b);
  const open = input.items.filter(isOpenItem);
  const strip = ({ below: _b, ...row }: NoteIndicatorRow & { below: boolean }): NoteIndicatorRow => row;
  return {
    title: `${input.school}${yearLabel(input.academicYearStart)}核心数据分析报告`,
    school: input.school,
    year: yearLabel(input.academicYearStart),
    snapshot: input.snapshot,
    category:
      input.standards.category === null
        ? '未选择（按各类通用值对标）'
        : SCHOOL_CATEGORY_LABELS[input.standards.category],
    card: { label: CARD_LABELS[card.card], explanation: card.explanation, rule: CARD_RULE_TEXT },
    hasPrev: input.prev !== null,
    indicators: rows.map(strip),
    below: rows.filter((r) => r.below).map(strip),
    items: open.map((i) => [
      input.departmentName(i.departmentCode),
      i.title,
      RECTIFICATION_STATE_LABELS[i.state],
      `${i.dueDate.slice(0, 4)}-${i.dueDate.slice(4, 6)}-${i.dueDate.slice(6)}${isOverdue(i, input.today) ? '（已逾期）' : ''}`,
      i.blocking ? '是' : '否',
    ]),
    trend: {
      years: years.map(yearLabel),
      rows: input.defs.map((d) => {
        const points = input.trends.points.get(d.id) ?? [];
        return [
          d.name,
          ...years.map((y) => cell(points.find((p) => p.academicYearStart === y)?.text ?? '—')),
        ];
      }),
    },
    notes,
    chart: benchmarkBars(
      input.defs.flatMap((def) => {
        const value = input.values.get(def.id);
        const judgement = input.judgements.get(def.id);
        return value === undefined || judgement === undefined ? [] : [{ def, value, judgement }];
      }),
    ),
  };
}
