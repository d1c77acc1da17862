/**
 * HTML character references as they occur in Excel/WPS/browser clipboard HTML. Only the entities those
 * writers emit are named; numeric references cover everything else (Excel writes CJK as UTF-8 text, but
 * some exporters use &#12345; or &#x4E2D;). Unknown names stay as written rather than being dropped.
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
  divide: '÷',
  yen: '¥',
  copy: '©',
  reg: '®',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  laquo: '«',
  raquo: '»',
  bull: '•',
  radic: '√',
};

// The HTML parsing spec accepts these few without the trailing ';' (old pages still rely on it).
const LEGACY_NO_SEMICOLON: ReadonlySet<string> = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot']);

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g;

function fromCodePoint(cp: number): string {
  const invalid = cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(cp);
}

/** Decodes character references in a text run; text without '&' is returned as is. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    // Writers emit lowercase names; &AMP; and &NBSP; also occur and mean the same.
    const key = (name ?? '').toLowerCase();
    const value = Object.hasOwn(NAMED, key) ? NAMED[key] : undefined;
    if (value === undefined || (semi === '' && !LEGACY_NO_SEMICOLON.has(key))) return whole;
    return value;
  });
}
