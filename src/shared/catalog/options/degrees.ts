import type { OptionList } from './option-list';

/**
 * 学位 by the levels of GB/T 6864-2003 中华人民共和国学位代码 (博士, 硕士, 学士; the subject of the degree
 * is not asked). 无 is this tool's value for staff without a degree; 名誉博士 is not a teacher's 最高学位.
 */
export const DEGREES: OptionList = {
  id: 'degrees',
  name: '学位',
  options: ['博士', '硕士', '学士', '无'],
  verified: true,
  source: 'GB/T 6864-2003 学位代码（学位级别）',
};
