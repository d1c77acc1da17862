import type { OptionList } from './option-list';

/** 课程类型 as 高职 status data classifies courses: A 纯理论, B 理论+实践, C 纯实践. Not checked against the platform. */
export const COURSE_TYPES: OptionList = {
  id: 'course-types',
  name: '课程类型',
  options: ['A类（纯理论课）', 'B类（理论+实践课）', 'C类（纯实践课）'],
  verified: false,
  source: '高职人才培养工作状态数据课程分类（常用口径）',
};
