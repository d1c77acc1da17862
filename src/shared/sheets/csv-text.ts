/**
 * CSV files as Chinese offices save them: Excel's "CSV UTF-8" (with a BOM), plain UTF-8 from other
 * tools (no BOM), and Excel's default "CSV (逗号分隔)", which on a Chinese Windows is GBK — read here as
 * GB18030, its superset. UTF-16 with a BOM (Excel's "Unicode 文本") is tab-separated. Decoding is strict
 * UTF-8 first; only bytes that are not valid UTF-8 fall back to GB18030, so a UTF-8 file is never
 * misread. Cells stay text: '0012' keeps its zeros and '2023-09' stays as typed (the value layer reads it).
 */

export type CsvEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';

export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** The separator of the first line: a tab when it has more tabs than commas (Unicode text), else ',' or ';'. */
export function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => line.split(ch).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  const semis = count(';');
  if (tabs > commas && tabs >= semis) return '\t';
  return semis > commas ? ';' : ',';
}

export interface CsvLimits {
  readonly maxRows: number;
  readonly maxCells: number;
}

export type CsvParse =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly reason: 'too-many-rows' | 'too-many-cells' };

/** RFC 4180 with the usual leniency (CRLF or LF, quotes doubled inside quoted fields); limits checked while reading. */
export function parseCsv(text: string, delimiter: string, limits: CsvLimits): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let cells = 0;
  let i = 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const endRow = (): boolean => {
    rows.push(row);
    row = [];
    return rows.length <= limits.maxRows;
  };
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Text between the closing quote and the separator is kept, as Excel does.
      let k = j;
      while (k < n && text.charCodeAt(k) !== d && text[k] !== '\n' && text[k] !== '\r') k++;
      value = out + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text.charCodeAt(k) !== d && text[k] !== '\n' && text[k] !== '\r') k++;
      value = text.slice(i, k);
      i = k;
    }
    row.push(value);
    if (++cells > limits.maxCells) return { ok: false, reason: 'too-many-cells' };
    if (i >= n) break;
    const c = text[i];
    if (c === delimiter) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    if (c === '\r') i++;
    if (text[i] === '\n') i++;
    if (!endRow()) return { ok: false, reason: 'too-many-rows' };
  }
  if (row.length > 0) rows.push(row);
  if (rows.length > limits.maxRows) return { ok: false, reason: 'too-many-rows' };
  return { ok: true, rows };
}
