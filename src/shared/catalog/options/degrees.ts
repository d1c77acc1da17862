import type { OptionList } from './option-list';

/** 学位 (highest degree held); 无 for none. Levels of the 学位条例; not checked against the platform. */
export const DEGREES: OptionList = {
  id: 'degrees',
  name: '学位',
  options: ['博士', '硕士', '学士', '无'],
  verified: false,
  source: '《中华人民共和国学位条例》学位级别',
};
