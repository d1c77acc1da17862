import type { OptionList } from './option-list';

/** 生源类型: the categories the draft uses as columns of A7-1-1 (生源类型—…). */
export const STUDENT_SOURCE_TYPES: OptionList = {
  id: 'student-source-types',
  name: '生源类型',
  options: ['普通高中起点', '中职起点', '五年制后二年', '其他'],
  verified: false,
  source: '草稿 A7-1-1 的“生源类型”分列',
};
