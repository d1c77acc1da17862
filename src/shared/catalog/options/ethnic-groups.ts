import type { OptionList } from './option-list';

/**
 * The 56 民族 in the official order of GB 3304-91 (codes 01–56). The code is the position + 1; codes
 * 97 其他 and 98 外国血统中国籍人士 are left out because the status-data tables ask for one of the 56.
 */
export const ETHNIC_GROUP_NAMES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
] as const;

/** GB 3304 two-digit code of a 民族 name ("汉族" → "01"), or undefined. */
export function ethnicGroupCode(name: string): string | undefined {
  const i = (ETHNIC_GROUP_NAMES as readonly string[]).indexOf(name);
  return i < 0 ? undefined : String(i + 1).padStart(2, '0');
}

export const ETHNIC_GROUPS: OptionList = {
  id: 'ethnic-groups',
  name: '民族（GB 3304）',
  options: ETHNIC_GROUP_NAMES,
  verified: true,
  source: 'GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码',
};
