/**
 * The report's official-document fonts and what stands in for each where it is not installed. Word and
 * WPS substitute a missing font from its fontTable.xml entry (the alternate name, then the GB2312
 * character set, family and PANOSE class), LibreOffice and Chromium from a fallback list (the HTML
 * stylesheet, and on Linux the fontconfig aliases in docs/fonts/65-report-fonts.conf). One table feeds
 * all three so the exports read alike whichever program opens them (docs/fonts/README.md).
 */

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2';

export interface ReportFont {
  /** The name the documents ask for (the font official documents are set in). */
  readonly name: string;
  /** In order: the Windows font of the same design, its macOS/other names, then the open CJK fonts. */
  readonly fallbacks: readonly string[];
  /** CSS generic family the chain ends with. */
  readonly generic: 'serif' | 'sans-serif';
  /** fontTable.xml facts of the named font (GB2312 character set 86, PANOSE class). */
  readonly panose: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'script';
}

export const REPORT_FONTS: Readonly<Record<FontRole, ReportFont>> = {
  title: {
    name: '方正小标宋简体',
    fallbacks: [
      '方正小标宋_GBK',
      'FZXiaoBiaoSong-B05S',
      '华文中宋',
      'STZhongsong',
      '宋体',
      'SimSun',
      'Noto Serif CJK SC',
    ],
    generic: 'serif',
    panose: '02000000000000000000',
    family: 'roman',
  },
  body: {
    name: '仿宋_GB2312',
    fallbacks: ['仿宋', 'FangSong', '华文仿宋', 'STFangsong', 'Noto Serif CJK SC'],
    generic: 'serif',
    panose: '02010609030101010101',
    family: 'modern',
  },
  heading1: {
    name: '黑体',
    fallbacks: ['SimHei', '华文黑体', 'STHeiti', 'Noto Sans CJK SC'],
    generic: 'sans-serif',
    panose: '02010609060101010101',
    family: 'modern',
  },
  heading2: {
    name: '楷体_GB2312',
    fallbacks: ['楷体', 'KaiTi', '华文楷体', 'STKaiti', 'Noto Serif CJK SC'],
    generic: 'serif',
    panose: '02010609030101010101',
    family: 'modern',
  },
};

/** Latin letters and digits in the body are set in Times New Roman (Liberation Serif stands in). */
export const LATIN_FONT = 'Times New Roman';

/** A CSS font-family list: the font, its fallbacks, then the generic family. */
export function cssFontFamily(role: FontRole): string {
  const f = REPORT_FONTS[role];
  return [f.name, ...f.fallbacks]
    .map((n) => `"${n}"`)
    .concat(f.generic)
    .join(', ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A Windows CJK font's Unicode and code-page ranges (GB2312): what Word matches a substitute by. */
const CJK_SIG =
  '<w:sig w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/>';

function fontEntry(f: ReportFont): string {
  return (
    `<w:font w:name="${esc(f.name)}"><w:altName w:val="${esc(f.fallbacks[0] ?? f.name)}"/>` +
    `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/>` +
    `<w:pitch w:val="variable"/>${CJK_SIG}</w:font>`
  );
}

/** word/fontTable.xml naming every font the document uses, with its substitution facts. */
export function fontTableXml(): string {
  const latin =
    `<w:font w:name="${LATIN_FONT}"><w:altName w:val="Liberation Serif"/><w:panose1 w:val="02020603050405020304"/>` +
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    Object.values(REPORT_FONTS).map(fontEntry).join('') +
    latin +
    '</w:fonts>'
  );
}
