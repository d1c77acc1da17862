import type { OptionList } from './option-list';

/** 是/否 — for yes/no questions kept as enums (e.g. when a later year adds a third answer). */
export const YES_NO: OptionList = {
  id: 'yes-no',
  name: '是/否',
  options: ['是', '否'],
  verified: true,
  source: '通用',
};
