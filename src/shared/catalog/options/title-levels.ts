import type { OptionList } from './option-list';

/**
 * 专业技术职务等级: the level, not the title name, because the indicators (高级职称比例 …) count by level
 * and titles differ between series (教授/研究员/高级工程师 are all 正高级/副高级). Every series has 初级,
 * 中级 and 高级, 高级 split into 正高级 and 副高级 (中办发〔2016〕77号《关于深化职称制度改革的意见》);
 * 无 for staff without a title.
 */
export const TITLE_LEVELS: OptionList = {
  id: 'title-levels',
  name: '专业技术职务等级',
  options: ['正高级', '副高级', '中级', '初级', '无'],
  verified: true,
  source: '《关于深化职称制度改革的意见》（中办发〔2016〕77号）职称层级',
};
