/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capital letters
 * without I, O, S, V, Z), the 18th a check character: with the weights 3^(i) mod 31 over the first 17,
 * check = 31 − (Σ value × weight mod 31), 31 meaning 0. The 9th–17th characters are the organisation
 * code, which carries its own GB 11714 check character; a code whose organisation part is wrong is
 * refused too, since no registered body has one.
 */
import { err, ok, type Result } from '../result';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeError = 'credit-code-length' | 'credit-code-charset' | 'credit-code-check';

/** The check character the first 17 characters call for, or null when one is outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return CHARSET.charAt(c);
}

/** GB 11714 organisation code check over 8 characters (digits and capital letters), or null. */
function orgCodeCheckChar(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8.charAt(i);
    const v = /[0-9]/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : -1;
    if (v < 0) return null;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Checks a 统一社会信用代码 as typed (spaces around it and lower case are forgiven); returns the normalised
 * code, or a Chinese message saying what is wrong.
 */
export function checkCreditCode(input: string): Result<string, CreditCodeError> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18)
    return err('credit-code-length', `统一社会信用代码应为 18 位，现为 ${code.length} 位`);
  for (const ch of code) {
    if (!CHARSET.includes(ch))
      return err('credit-code-charset', `统一社会信用代码含有不允许的字符“${ch}”（不使用 I、O、S、V、Z）`);
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17))
    return err(
      'credit-code-check',
      `统一社会信用代码校验位不符：第 18 位应为“${expected ?? '?'}”，请核对是否抄错`,
    );
  if (orgCodeCheckChar(code.slice(8, 16)) !== code.charAt(16))
    return err('credit-code-check', '统一社会信用代码第 9–17 位（组织机构代码）校验不符，请核对是否抄错');
  return ok(code);
}
