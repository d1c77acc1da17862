/**
 * The text/html flavour we put on the clipboard beside TSV. Its one job is what TSV cannot do: mark code
 * and ID-number columns as text (mso-number-format:"\@", honoured by Excel and WPS when pasting HTML),
 * so '0023000001' keeps its zeros and an 18-digit ID does not become 1.10105E+17. parseHtmlTable reads
 * it back to the same cells.
 */

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellHtml(text: string): string {
  return (
    escapeHtml(text)
      // HTML collapses runs of spaces and drops edge spaces; &nbsp; keeps what the cell holds.
      .replace(/ {2,}|^ | $/gm, (m) => '&nbsp;'.repeat(m.length))
      .replace(/\r?\n/g, '<br style="mso-data-placement:same-cell">')
  );
}

/** An HTML table of the cells; columns listed in `textColumns` (0-based) are marked as Excel text. */
export function toHtmlTable(
  rows: readonly (readonly string[])[],
  textColumns: ReadonlySet<number> = new Set(),
): string {
  let body = '';
  for (const row of rows) {
    body += '<tr>';
    row.forEach((cell, c) => {
      body += textColumns.has(c) ? `<td class="t">${cellHtml(cell)}</td>` : `<td>${cellHtml(cell)}</td>`;
    });
    body += '</tr>';
  }
  return (
    '<html><head><meta charset="utf-8"><style>td{mso-number-format:General}.t{mso-number-format:"\\@"}</style></head>' +
    `<body><table>${body}</table></body></html>`
  );
}
