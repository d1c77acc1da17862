import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONTS, REPORT_STYLES, SIZE, STYLE } from './docx-styles';

let styles = '';
beforeAll(async () => {
  const doc = new Document({
    styles: REPORT_STYLES,
    sections: [{ children: [new Paragraph({ style: STYLE.cell, text: '在校生 1234 人' })] }],
  });
  styles = strFromU8(unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)))['word/styles.xml']!);
});

const part = (re: RegExp): string => {
  const found = styles.match(re)?.[0];
  if (found === undefined) throw new Error(`not in styles.xml: ${re.source}`);
  return found;
};
const fontsOf = (xml: string) =>
  Object.fromEntries(
    [...(xml.match(/<w:rFonts [^>]*\/>/)?.[0] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );

describe('the 表格文字 style', () => {
  it('sets figures in the cells’ Chinese font at 五号, so 1234 is as large as the text beside it', () => {
    const cell = part(new RegExp(`<w:style [^>]*w:styleId="${STYLE.cell}">.*?</w:style>`));
    expect(cell).toContain('<w:name w:val="表格文字"/>');
    expect(fontsOf(cell)).toEqual({
      ascii: FONTS.body,
      eastAsia: FONTS.body,
      hAnsi: FONTS.body,
      hint: 'eastAsia',
    });
    expect(SIZE.cell).toBe(21);
    expect(cell).toContain(`<w:sz w:val="21"/>`);
    expect(cell).toContain(`<w:szCs w:val="21"/>`);
  });

  it('leaves the body’s Latin text in Times New Roman', () => {
    const defaults = part(/<w:rPrDefault>.*?<\/w:rPrDefault>/);
    expect(fontsOf(defaults)).toMatchObject({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.body });
  });
});
