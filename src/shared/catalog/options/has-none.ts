import type { OptionList } from './option-list';

/** 有/无 — the draft's wording for possession questions such as 有无高校教师资格证. */
export const HAS_NONE: OptionList = {
  id: 'has-none',
  name: '有/无',
  options: ['有', '无'],
  verified: true,
  source: '草稿字段说明（有/无）',
};
