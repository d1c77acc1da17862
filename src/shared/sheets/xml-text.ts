/** XML text escaping for the .xlsx writer; characters XML 1.0 forbids (C0 controls, lone surrogates) are dropped, since Excel refuses a file holding them. */
// Control characters are exactly what these patterns look for.
/* eslint-disable no-control-regex */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
