import type { OptionList } from './option-list';

/** 质量工程 级别 (A9-5): the two levels a school system offers. Not the platform's dictionary. */
export const QUALITY_PROJECT_LEVELS: OptionList = {
  id: 'quality-project-levels',
  name: '质量工程级别',
  options: ['国家级', '省部级'],
  verified: false,
  source: '学校管理系统的质量工程录入选项（docs/catalog-mapping.md §11）',
};
