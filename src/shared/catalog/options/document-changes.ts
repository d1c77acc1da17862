import type { OptionList } from './option-list';

/** 变更情况 of a management document (A8-1), as given in the draft's field note. */
export const DOCUMENT_CHANGES: OptionList = {
  id: 'document-changes',
  name: '文件变更情况',
  options: ['新增', '修改', '取消'],
  verified: true,
  source: '草稿 A8-1 字段说明',
};
