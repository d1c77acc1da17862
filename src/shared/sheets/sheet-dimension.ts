/**
 * The used range a worksheet declares (<dimension ref="A1:XFD1048576"/>) read from the first bytes of its
 * XML during the zip scan, so a sheet claiming a billion cells is refused before the parser allocates
 * for it (docs/SECURITY.md S3). The claim can also understate; the parser's row cap and the real-size check after
 * parsing cover that.
 */

/** rows × columns of the first <dimension ref> in `xmlHead`, or null when there is none. */
export function declaredCells(xmlHead: string): { rows: number; cols: number } | null {
  const m = /<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(xmlHead);
  if (m === null) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r0 = Number(m[2]);
  const r1 = Number(m[4] ?? m[2]);
  const c0 = col(m[1] ?? 'A');
  const c1 = col(m[3] ?? m[1] ?? 'A');
  return { rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}
