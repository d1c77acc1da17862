/**
 * Whether String.prototype.trim could change a text, from its first and last characters only: the
 * common text (no space at either end) then skips the call. The set is trim's own: ECMAScript
 * WhiteSpace and LineTerminator (tab, line feed, vertical tab, form feed, carriage return, space,
 * U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
 */
function trimmed(c: number): boolean {
  if (c <= 32) return (c >= 9 && c <= 13) || c === 32;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** False only when `s.trim() === s` (for a non-empty text). */
export function mayTrim(s: string): boolean {
  return trimmed(s.charCodeAt(0)) || trimmed(s.charCodeAt(s.length - 1));
}
