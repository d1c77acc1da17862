import type { OptionList } from './option-list';

/**
 * 学历, at the granularity the status-data indicators need (研究生/本科 shares of the teaching staff),
 * following the top levels of GB/T 4658-2006. Not checked against the web platform's dictionary.
 */
export const EDUCATION_LEVELS: OptionList = {
  id: 'education-levels',
  name: '学历',
  options: ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专及以下'],
  verified: false,
  source: 'GB/T 4658-2006 学历代码（归并）',
};
