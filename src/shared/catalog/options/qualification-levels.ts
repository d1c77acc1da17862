import type { OptionList } from './option-list';

/**
 * 职业资格证书等级. The draft's A7-3-2 counts certificates as 初级/中级/高级/无等级; 技师 and 高级技师 are
 * the two upper levels of the national vocational-qualification scale. Not checked against the platform.
 */
export const QUALIFICATION_LEVELS: OptionList = {
  id: 'qualification-levels',
  name: '职业资格证书等级',
  options: ['初级', '中级', '高级', '技师', '高级技师', '无等级'],
  verified: false,
  source: '草稿 A7-3-2 分列；国家职业资格五级',
};
