import type { OptionList } from './option-list';

/**
 * 学历 by the levels of GB/T 4658-2006 学历代码 (研究生 10 split into 博士/硕士 as its second level does,
 * 大学本科 20, 大学专科 30 — which includes 高等职业教育); 中等职业教育 and below are merged because no
 * indicator tells them apart. 毕业/结业/肄业 are not distinguished.
 */
export const EDUCATION_LEVELS: OptionList = {
  id: 'education-levels',
  name: '学历',
  options: ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专及以下'],
  verified: true,
  source: 'GB/T 4658-2006 学历代码（按层次归并）',
};
