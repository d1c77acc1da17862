/**
 * The standard a report's 达到/未达到 phrase states for an indicator: the same reference value the
 * 对标分析 light compares with (合格, else 达标工程, else 设置标准, for the school's category; see
 * src/shared/standards/benchmark.ts), turned into a bound the phrase can print — "≤ 18" for an
 * indicator where lower is better, "≥ 60" otherwise — with the level's name and the document it
 * comes from. A standard the office has not yet checked says so in its source.
 */
import type { IndicatorDef } from '../indicators/indicator-types';
import { standardsOf, type StandardSet, type StandardValue } from '../standards';
import type { IndicatorStandard } from './data-source';

const LEVEL_NAMES: Readonly<Record<StandardValue['level'], string>> = {
  qualified: '合格标准',
  restricted: '限制招生值',
  setting: '设置标准',
  dabiao: '达标工程监测值',
};

export function indicatorStandard(
  def: Pick<IndicatorDef, 'id' | 'direction'>,
  set: StandardSet,
): IndicatorStandard | null {
  const s = standardsOf(set, def.id, set.category);
  const ref = s.qualified ?? s.dabiao ?? s.setting;
  if (!ref) return null;
  return {
    op: def.direction === 'higher' ? '>=' : '<=',
    value: ref.value,
    label: LEVEL_NAMES[ref.level],
    source: ref.verified ? ref.source : `${ref.source}（未核实）`,
  };
}
