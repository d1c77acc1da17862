/**
 * Formula (CSV) injection defence for exports (ASVS V1.2.10, docs/SECURITY.md S5): a text cell that starts with
 * = + - @ TAB CR or NUL would be read by Excel as a formula (=HYPERLINK(...) can leak data), so it gets a
 * leading apostrophe. Numbers are written as number cells and never pass through here, so -5 stays -5.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\u0000']);

/** The text to write into an exported text cell. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** True when `text` would be taken as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text.charAt(0));
}
