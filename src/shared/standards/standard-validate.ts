/**
 * Validating a whole standards set (an edit or a file) against the indicators it refers to: any
 * problem refuses the whole set with a Chinese message naming the value — nothing is half-applied.
 */
import type { IndicatorDef } from '../indicators/indicator-types';
import { err, ok, type Result } from '../result';
import { issueText } from '../zod-issue-text';
import {
  SCHOOL_CATEGORY_LABELS,
  STANDARD_LEVEL_LABELS,
  standardSetSchema,
  type StandardSet,
} from './standard-types';

const STANDARD_FIELD_LABELS: Readonly<Record<string, string>> = {
  indicatorId: '指标编号',
  category: '学校类别',
  level: '级别',
  value: '数值',
  source: '来源',
  verified: '已核实',
  note: '备注',
  version: '版本',
  values: '对标值',
  targets: '规划目标',
};

export type StandardSetErrorCode = 'invalid-standards' | 'unknown-indicator' | 'out-of-range';

function where(path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if (list === 'values' && typeof index === 'number') return `第 ${index + 1} 个对标值`;
  if (list === 'targets' && typeof index === 'number') return `第 ${index + 1} 个规划目标`;
  return '';
}

export function validateStandardSet(
  input: unknown,
  indicators: readonly IndicatorDef[],
): Result<StandardSet, StandardSetErrorCode> {
  const parsed = standardSetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue === undefined ? '' : where(issue.path);
    const what = issue === undefined ? '' : issueText(issue, STANDARD_FIELD_LABELS);
    return err('invalid-standards', `对标值有误，整份未采用：${at}${at === '' ? '' : '的'}${what}`);
  }
  const set = parsed.data;
  const byId = new Map(indicators.map((d) => [d.id, d]));
  const entries = [
    ...set.values.map((v, i) => ({
      indicatorId: v.indicatorId,
      value: v.value,
      label: `第 ${i + 1} 个对标值`,
      scope: `（${v.category === 'all' ? '各类' : SCHOOL_CATEGORY_LABELS[v.category]}，${STANDARD_LEVEL_LABELS[v.level]}）`,
    })),
    ...set.targets.map((t, i) => ({
      indicatorId: t.indicatorId,
      value: t.value,
      label: `第 ${i + 1} 个规划目标`,
      scope: '',
    })),
  ];
  for (const e of entries) {
    const def = byId.get(e.indicatorId);
    if (def === undefined)
      return err('unknown-indicator', `对标值有误，整份未采用：${e.label}引用的指标“${e.indicatorId}”不存在`);
    if (def.unit === '%' && e.value > 100) {
      return err(
        'out-of-range',
        `对标值有误，整份未采用：${e.label}“${def.name}”${e.scope}为 ${e.value}%，超出 0～100%`,
      );
    }
  }
  return ok(set);
}
