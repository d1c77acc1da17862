/**
 * 学校(机构)标识码: 10 digits = 41 (普通高等学校) + 2-digit province code + "0" + the 5-digit school code
 * (docs/domain.md §5, verified). Example: 广东 44, 汕头职业技术学院 12954 → 4144012954.
 */
import { provinceName } from './provinces';

export const SCHOOL_CODE_PATTERN = /^\d{5}$/;

export function schoolIdentifier(provinceCode: string, schoolCode: string): string | null {
  if (!provinceName(provinceCode) || !SCHOOL_CODE_PATTERN.test(schoolCode)) return null;
  return `41${provinceCode}0${schoolCode}`;
}
