import type { OptionList } from './option-list';

/** 招生方式: the six methods the draft itself lists as columns of A7-6-2 and the enrolment summary. */
export const ENROLLMENT_METHODS: OptionList = {
  id: 'enrollment-methods',
  name: '招生方式',
  options: [
    '基于高考“知识+技能”',
    '对口招生',
    '单独考试招生',
    '综合评价招生',
    '中高职贯通',
    '技能拔尖人才免试',
  ],
  verified: false,
  source: '草稿 A7-6-2、A1-X1 的“招生方式”分列',
};
