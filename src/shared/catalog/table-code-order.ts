/** Table codes in natural order (A1, A1-6, A2, …, A9-6-3, A10-1, A11-2), as people read them. */
export function compareTableCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
