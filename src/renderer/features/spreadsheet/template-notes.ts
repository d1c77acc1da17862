/**
 * docs/SECURITY.md S6 (exceljs CVE-2026-78207: prototype pollution via deepMerge from note serialisation when an
 * app assigns parsed objects to cell.note): templates only ever give ExcelJS a plain string we built,
 * never an object, and never text longer than a note can sensibly hold.
 */
const MAX_NOTE = 2000;

/** The note text for a header cell, or null when `note` is not a plain string. */
export function safeNote(note: unknown): string | null {
  if (typeof note !== 'string') return null;
  const text = note.trim();
  return text === '' ? null : text.slice(0, MAX_NOTE);
}
