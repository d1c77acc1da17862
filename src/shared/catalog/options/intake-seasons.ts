import type { OptionList } from './option-list';

/** 春季/秋季招生标识, read from the field's own label (A7-1-1). */
export const INTAKE_SEASONS: OptionList = {
  id: 'intake-seasons',
  name: '春季/秋季',
  options: ['春季', '秋季'],
  verified: false,
  source: '草稿 A7-1-1 字段名',
};
