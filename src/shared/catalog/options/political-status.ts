import type { OptionList } from './option-list';

/** 政治面貌 in the order of GB/T 4762-1984 (codes 01–13). No draft field uses it yet; offered as a preset. */
export const POLITICAL_STATUS: OptionList = {
  id: 'political-status',
  name: '政治面貌',
  options: [
    '中国共产党党员',
    '中国共产党预备党员',
    '中国共产主义青年团团员',
    '中国国民党革命委员会会员',
    '中国民主同盟盟员',
    '中国民主建国会会员',
    '中国民主促进会会员',
    '中国农工民主党党员',
    '中国致公党党员',
    '九三学社社员',
    '台湾民主自治同盟盟员',
    '无党派人士',
    '群众',
  ],
  verified: true,
  source: 'GB/T 4762-1984 政治面貌代码',
};
