import type { OptionList } from './option-list';

/** 授课学期 within the academic year recorded beside it. Common convention; not checked against the platform. */
export const SEMESTERS: OptionList = {
  id: 'semesters',
  name: '学期',
  options: ['第一学期', '第二学期'],
  verified: false,
  source: '学年两学期制（通用）',
};
