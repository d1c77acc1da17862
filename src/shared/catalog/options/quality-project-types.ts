import type { OptionList } from './option-list';

/**
 * 质量工程 项目类别 (A9-5), as a school system offers them; the first category is commonly written
 * 专业结构调整与专业认证. Not the platform's dictionary, so fields using it stay unverified.
 */
export const QUALITY_PROJECT_TYPES: OptionList = {
  id: 'quality-project-types',
  name: '质量工程项目类别',
  options: [
    '专业结构调整与专业认证',
    '精品课程',
    '教材建设',
    '实践教学与人才培养模式改革创新',
    '教学团队',
    '教学名师奖',
    '教学评估与教学状态基本数据公布',
    '对口支援西部地区高等学校',
  ],
  verified: false,
  source: '学校管理系统的质量工程录入选项（docs/catalog-mapping.md §11）',
};
