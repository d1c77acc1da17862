/**
 * What 发起整改 on a 对标分析 row presets: the title and detail naming the indicator, its value and the
 * standard it misses, and the indicator as origin; the office picks the responsible department.
 */
import { formatIndicatorNumber } from '../../../shared/indicators';
import { STANDARD_LEVEL_LABELS } from '../../../shared/standards';
import type { RectificationPreset } from '../rectification/NewRectificationModal';
import { T } from './texts';
import type { AnalysisRow } from './use-analysis';

export function rectificationPreset(r: AnalysisRow): RectificationPreset {
  const ref = r.judgement.reference;
  const value = r.value.ok ? r.value.text : r.value.reason;
  const reference =
    ref === null
      ? '—'
      : `${STANDARD_LEVEL_LABELS[ref.level]} ${r.def.direction === 'lower' ? '≤' : '≥'} ${formatIndicatorNumber(ref.value, r.def)}`;
  return {
    title: T.rectifyTitle(r.def.name),
    detail: T.rectifyDetail(r.def.name, value, reference),
    origin: { kind: 'indicator', indicatorId: r.def.id },
  };
}
