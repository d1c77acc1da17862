/**
 * A code field's pattern in words (“10位数字”) for every screen and message a user reads; the expression
 * itself is shown only in the catalog editor's field form, to the office.
 */

/**
 * Digit-only patterns (`^\d{6}$`, `\d{4,8}`; anchors optional, as the field's pattern is always matched
 * whole) are described; anything else is 按督导室设定的格式.
 */
export function describePattern(pattern: string): string {
  const digits = /^\^?\\d\{(\d+)(?:,(\d+))?\}\$?$/.exec(pattern);
  if (digits) return digits[2] === undefined ? `${digits[1]}位数字` : `${digits[1]}–${digits[2]}位数字`;
  return '按督导室设定的格式';
}
