/**
 * A threshold file (对标值文件): a CSV the office keeps in a spreadsheet, one value per line —
 * 指标, 学校类别, 级别, 数值, 来源, 已核实, 备注 — read whole and merged into the standards: a line replaces
 * the value of the same indicator, category and level (or the indicator's 规划目标) and adds any other.
 * Every problem refuses the whole file with the line it is on; the merged set is then validated whole
 * (standard-validate.ts), so nothing is half-applied. See docs/indicators.md.
 */
import type { IndicatorDef } from '../indicators/indicator-types';
import { err, type Result } from '../result';
import { decodeCsvBytes, guessDelimiter, parseCsv } from '../sheets/csv-text';
import {
  SCHOOL_CATEGORIES,
  SCHOOL_CATEGORY_LABELS,
  STANDARD_LEVELS,
  STANDARD_LEVEL_LABELS,
  type SchoolCategory,
  type StandardLevel,
  type StandardSet,
  type StandardValue,
  type Target,
} from './standard-types';
import { validateStandardSet } from './standard-validate';

export const THRESHOLD_HEADER = ['指标', '学校类别', '级别', '数值', '来源', '已核实', '备注'] as const;
const TARGET_LEVEL = '规划目标';
const ALL_CATEGORIES = '各类';
const MAX_LINES = 2000;

export type ThresholdFileErrorCode = 'threshold-file';

const refuse = (line: number | null, message: string) =>
  err(
    'threshold-file' as const,
    `对标值文件有误，整份未采用：${line === null ? '' : `第 ${line} 行`}${message}`,
  );

function category(text: string): SchoolCategory | 'all' | null {
  if (text === ALL_CATEGORIES || text === 'all') return 'all';
  return SCHOOL_CATEGORIES.find((c) => c === text || SCHOOL_CATEGORY_LABELS[c] === text) ?? null;
}

function level(text: string): StandardLevel | 'target' | null {
  if (text === TARGET_LEVEL) return 'target';
  return STANDARD_LEVELS.find((l) => l === text || STANDARD_LEVEL_LABELS[l] === text) ?? null;
}

/** Reads the file and merges it into `set` as the next version; the result is validated whole. */
export function mergeThresholdFile(
  bytes: Uint8Array,
  set: StandardSet,
  indicators: readonly IndicatorDef[],
  at: string,
): Result<StandardSet, ThresholdFileErrorCode> {
  const { text } = decodeCsvBytes(bytes);
  const parsed = parseCsv(text, guessDelimiter(text), {
    maxRows: MAX_LINES + 1,
    maxCells: (MAX_LINES + 1) * 10,
  });
  if (!parsed.ok) return refuse(null, `行数超过 ${MAX_LINES}`);
  const [header, ...lines] = parsed.rows.filter((r) => r.some((c) => c.trim() !== ''));
  const cells = (header ?? []).map((c) => c.trim());
  if (THRESHOLD_HEADER.slice(0, 4).some((h, i) => cells[i] !== h))
    return refuse(1, `表头应为“${THRESHOLD_HEADER.join('，')}”`);
  if (lines.length === 0) return refuse(null, '没有对标值');
  const byKey = new Map(indicators.flatMap((d) => [[d.id, d] as const, [d.name, d] as const]));
  const values = new Map(set.values.map((v) => [`${v.indicatorId}|${v.category}|${v.level}`, v]));
  const targets = new Map(set.targets.map((t) => [t.indicatorId, t]));
  const seen = new Set<string>();
  for (const [i, row] of lines.entries()) {
    const line = i + 2;
    const [name = '', cat = '', lvl = '', num = '', source = '', verified = '', note = ''] = row.map((c) =>
      c.trim(),
    );
    const def = byKey.get(name);
    if (def === undefined) return refuse(line, `：找不到指标“${name}”（填指标名称或编号）`);
    const l = level(lvl);
    if (l === null) return refuse(line, `：级别“${lvl}”应为 合格、限制招生、设置标准、达标工程 或 规划目标`);
    const value = Number(num.replace(/[,，%]/g, ''));
    if (num === '' || !Number.isFinite(value)) return refuse(line, `：数值“${num}”不是数字`);
    if (l === 'target') {
      if (seen.has(`${def.id}|target`)) return refuse(line, `：“${def.name}”的规划目标重复`);
      seen.add(`${def.id}|target`);
      const t: Target = { indicatorId: def.id, value, note };
      targets.set(def.id, t);
      continue;
    }
    const c = category(cat);
    if (c === null)
      return refuse(
        line,
        `：学校类别“${cat}”应为“${ALL_CATEGORIES}”或 ${SCHOOL_CATEGORIES.map((k) => SCHOOL_CATEGORY_LABELS[k]).join('、')}`,
      );
    if (source === '') return refuse(line, '：来源不能为空（填文件名称和文号）');
    if (verified !== '' && verified !== '是' && verified !== '否')
      return refuse(line, `：已核实“${verified}”应为 是 或 否`);
    const key = `${def.id}|${c}|${l}`;
    if (seen.has(key)) return refuse(line, `：“${def.name}”（${cat}，${lvl}）重复`);
    seen.add(key);
    const v: StandardValue = {
      indicatorId: def.id,
      category: c,
      level: l,
      value,
      source,
      verified: verified === '是',
      note,
    };
    values.set(key, v);
  }
  const next = {
    ...set,
    version: set.version + 1,
    updatedAt: at,
    values: [...values.values()],
    targets: [...targets.values()],
  };
  const valid = validateStandardSet(next, indicators);
  return valid.ok ? valid : refuse(null, valid.error.message.replace('对标值有误，整份未采用：', '合并后'));
}
