/**
 * The check id of a note on one cell in a review record's justifications: `<kind>:<rowId>:<fieldKey>`
 * (留空说明 `blank:`, import notes `dropped:`). Row ids may hold colons; field keys do not.
 */

export interface NotedCell {
  readonly rowId: string;
  readonly fieldKey: string;
}

export function cellNoteId(prefix: string, rowId: string, fieldKey: string): string {
  return `${prefix}${rowId}:${fieldKey}`;
}

/** The cell a check id names, or null when the id is of another kind or has no row id. */
export function parseCellNoteId(id: string, prefix: string): NotedCell | null {
  if (!id.startsWith(prefix)) return null;
  const rest = id.slice(prefix.length);
  const cut = rest.lastIndexOf(':');
  if (cut <= 0) return null;
  return { rowId: rest.slice(0, cut), fieldKey: rest.slice(cut + 1) };
}
