import type { OptionList } from './option-list';

/**
 * 专业技术职务等级: the level, not the title name, because the indicators (高级职称比例 …) count by level
 * and titles differ between series (教授/研究员/高级工程师 are all 正高级/副高级). Not checked against the platform.
 */
export const TITLE_LEVELS: OptionList = {
  id: 'title-levels',
  name: '专业技术职务等级',
  options: ['正高级', '副高级', '中级', '初级', '无'],
  verified: false,
  source: '专业技术职务等级（人社部门通用分级）',
};
