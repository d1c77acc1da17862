import type { OptionList } from './option-list';

/** 性别 as in GB/T 2261.1 (男/女; the "unknown" codes are not used in status data). */
export const GENDER: OptionList = {
  id: 'gender',
  name: '性别',
  options: ['男', '女'],
  verified: true,
  source: 'GB/T 2261.1-2003 人的性别代码',
};
