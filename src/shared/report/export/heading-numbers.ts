/**
 * Numbers the headings of an exported report the way Chinese official documents number them: 一、 for a
 * chapter's level-1 heading (黑体), （一） under it (楷体), then 1． and （1）. Only the report's own
 * chapters (学生发展 … 面临挑战) are numbered; the 责任声明, 附表 and 典型案例 stand unnumbered, as in the
 * published reports. A heading the writer already numbered keeps its own number and still counts, so
 * the next one continues from it. The editor shows headings as typed; only the exports number them.
 */
import type { Block, Run } from './export-model';

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (a report has far fewer headings than 100). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

const CN = '[一二三四五六七八九十百零]+';
/** 一、 （一） 1． 1. 1、 （1） 第一章 … at the start of a heading: already numbered by its writer. */
const NUMBERED = new RegExp(
  `^\\s*(?:${CN}[、．.]|[（(]${CN}[)）]|\\d+(?:[．.、]|\\s)|[（(]\\d+[)）]|第(?:${CN}|\\d+)[章节部分篇])`,
);

export function headingNumber(level: number, n: number): string {
  if (level <= 1) return `${chineseNumber(n)}、`;
  if (level === 2) return `（${chineseNumber(n)}）`;
  if (level === 3) return `${n}．`;
  return `（${n}）`;
}

const textOf = (runs: readonly Run[]): string =>
  runs.map((r) => (r.footnote === undefined ? r.text : '')).join('');

/** Counts headings across chapters: a level's count restarts under each heading of the level above. */
export class HeadingNumberer {
  private readonly counts: number[] = [];

  /** The heading with its number prepended, unless its writer numbered it; the count advances either way. */
  next(b: Extract<Block, { kind: 'heading' }>): Block {
    const level = Math.max(1, b.level);
    this.counts.length = level;
    const n = (this.counts[level - 1] ?? 0) + 1;
    this.counts[level - 1] = n;
    for (let i = 0; i < level - 1; i++) this.counts[i] ??= 0;
    const text = textOf(b.runs);
    if (text.trim() === '' || NUMBERED.test(text)) return b;
    return { ...b, runs: [{ text: headingNumber(level, n) }, ...b.runs] };
  }
}
