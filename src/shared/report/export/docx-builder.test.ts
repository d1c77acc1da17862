import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { doc, fixtureSource, h1, live, para, templateReport, text } from '../testing/fixture-report';
import { buildExportModel } from './export-model';
import { FONTS, packDocx } from './docx-builder';
import { REPORT_FONTS } from './report-fonts';

const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG = Uint8Array.from(atob(PNG_B64), (c) => c.charCodeAt(0));

function fixtureDoc() {
  const { report, chapters } = templateReport(2025, '汕头职业技术学院');
  chapters.set(
    'students',
    doc(
      h1('学生发展'),
      para(text('生师比为'), live('ssb'), text('，\u0001非法\uFFFE字符'), {
        type: 'footnote',
        attrs: { text: '数据来自状态数据平台' },
      }),
      {
        type: 'chart',
        attrs: {
          chartId: 'c1',
          kind: 'bar',
          title: '专业大类在校生',
          caption: '各专业大类在校生数',
          source: { type: 'aggregate', tableCode: 'A7-1-1', groupBy: 'zydl', measure: 'count', label: '' },
        },
      },
      {
        type: 'dataTable',
        attrs: {
          tableId: 't1',
          title: '专业大类',
          caption: '各专业大类专业数',
          source: {
            type: 'aggregate',
            tableCode: 'A7-1-1',
            groupBy: 'zydl',
            measure: 'count',
            label: '专业数',
          },
        },
      },
      {
        type: 'image',
        attrs: { src: `data:image/png;base64,${PNG_B64}`, alt: null, title: null, caption: '实训基地' },
      },
    ),
  );
  return buildExportModel(report, chapters, fixtureSource());
}

async function parts(): Promise<Record<string, Uint8Array>> {
  const bytes = await packDocx(fixtureDoc(), {
    charts: new Map([['c1', { png: PNG, width: 1, height: 1 }]]),
  });
  return unzipSync(bytes);
}

/** Parses strictly (well-formed, namespaces resolved); throws on the first error. */
function parseStrict(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

describe('packDocx', () => {
  it('produces parts that all parse as strict, namespace-correct XML', async () => {
    const zip = await parts();
    const xmlParts = Object.keys(zip).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(xmlParts).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'word/footnotes.xml',
        '[Content_Types].xml',
      ]),
    );
    for (const name of xmlParts) expect(() => parseStrict(strFromU8(zip[name]!)), name).not.toThrow();
  });

  it('writes the live value, the data table, captions, footnote and page numbers, without XML-illegal characters', async () => {
    const zip = await parts();
    const body = strFromU8(zip['word/document.xml']!);
    expect(body).toContain('17.2');
    expect(body).toContain('非法字符');
    expect(body.includes('\u0001') || body.includes('\uFFFE')).toBe(false);
    expect(body).toContain('图 1\u3000各专业大类在校生数');
    expect(body).toContain('表 1\u3000各专业大类专业数');
    expect(body).toContain('电子与信息大类');
    expect(body).toContain('<w:tbl>');
    expect(body).toContain('w:footnoteReference');
    expect(strFromU8(zip['word/footnotes.xml']!)).toContain('数据来自状态数据平台');
    const footer = Object.keys(zip).find((n) => /word\/footer\d*\.xml/.test(n));
    expect(strFromU8(zip[footer!]!)).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —/);
  });

  it('embeds the chart and the image as PNG drawings', async () => {
    const zip = await parts();
    const media = Object.keys(zip).filter((n) => n.startsWith('word/media/'));
    // The same PNG bytes are stored once and drawn twice.
    expect(media.length).toBeGreaterThanOrEqual(1);
    const body = strFromU8(zip['word/document.xml']!);
    expect(body.match(/<w:drawing>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('names the official fonts: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 and 楷体_GB2312 headings', async () => {
    const zip = await parts();
    const styles = strFromU8(zip['word/styles.xml']!);
    expect(styles).toContain(`w:eastAsia="${FONTS.body}"`);
    expect(styles).toContain(`w:eastAsia="${FONTS.heading1}"`);
    expect(styles).toContain(`w:eastAsia="${FONTS.heading2}"`);
    expect(styles).toMatch(/<w:sz w:val="32"\/>/);
    expect(styles).toContain(`w:eastAsia="${FONTS.title}"`);
    const section = strFromU8(zip['word/document.xml']!);
    // Paragraphs name the styles rather than carrying their own fonts.
    expect(section).toContain('<w:pStyle w:val="ReportTitle"/>');
    expect(section).toContain('<w:pStyle w:val="ReportBody"/>');
    expect(section).toContain('<w:pStyle w:val="ReportCaption"/>');
    expect(section).not.toContain('w:eastAsia=');
    expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it("names each font's substitutes in fontTable.xml and sets Chinese text and punctuation in the Chinese font", async () => {
    const zip = await parts();
    const table = strFromU8(zip['word/fontTable.xml']!);
    expect(() => parseStrict(table)).not.toThrow();
    for (const f of Object.values(REPORT_FONTS)) {
      const entry = new RegExp(`<w:font w:name="${f.name}">(.*?)</w:font>`).exec(table)?.[1] ?? '';
      expect(entry, f.name).toContain(`<w:altName w:val="${f.fallbacks[0]}"/>`);
      expect(entry, f.name).toContain('<w:charset w:val="86"/>');
    }
    expect(table).toContain('<w:font w:name="Times New Roman">');
    const styles = strFromU8(zip['word/styles.xml']!);
    expect(styles).toMatch(/<w:rFonts [^>]*w:hint="eastAsia"/);
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('sets every table cell in 表格文字: 五号, single-spaced, not the body’s exact 28 pt lines', async () => {
    const zip = await parts();
    const styles = strFromU8(zip['word/styles.xml']!);
    const cell = /<w:style [^>]*w:styleId="ReportCell">([\s\S]*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(cell).toMatch(/<w:spacing w:line="276" w:lineRule="auto"\/>/);
    expect(cell).toContain('<w:sz w:val="21"/>');
    const body = strFromU8(zip['word/document.xml']!);
    const cells = [...body.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!);
    expect(cells.length).toBeGreaterThan(2);
    for (const c of cells) expect(c).toContain('<w:pStyle w:val="ReportCell"/>');
  });

  it('numbers the body from 1 in its own section; the cover and the 目录 carry no page number', async () => {
    const zip = await parts();
    const body = strFromU8(zip['word/document.xml']!);
    const sections = [...body.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('w:footerReference');
    expect(body.indexOf('</w:sdt>')).toBeLessThan(body.indexOf('<w:sectPr>'));
    expect(sections[1]).toContain('<w:footerReference w:type="default"');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
  });

  it('keeps a table caption with its table, a chart with the caption under it, and a heading with its text', async () => {
    const zip = await parts();
    const body = strFromU8(zip['word/document.xml']!);
    const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const tableCaption = paragraphs.find((p) => p.includes('表 1\u3000'))!;
    expect(tableCaption).toContain('<w:keepNext/>');
    const pictures = paragraphs.filter((p) => p.includes('<w:drawing>'));
    expect(pictures.length).toBe(2);
    for (const p of pictures) expect(p).toContain('<w:keepNext/>');
    // A figure's caption is under it: it does not hold on to the paragraph after it.
    expect(paragraphs.find((p) => p.includes('图 1\u3000'))).not.toContain('<w:keepNext/>');
    const styles = strFromU8(zip['word/styles.xml']!);
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style =
        new RegExp(`<w:style [^>]*w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
    }
  });

  it('starts each chapter on a new page by its heading, with no paragraph holding only a page break', async () => {
    const body = strFromU8((await parts())['word/document.xml']!);
    const afterToc = body.slice(body.indexOf('</w:sdt>'));
    const breaking = [
      ...afterToc.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>/g),
    ];
    // Every chapter of the template opens with its heading; the first opens the body's section.
    expect(breaking).toHaveLength(fixtureDoc().chapters.length - 1);
    expect(afterToc).not.toContain('<w:br w:type="page"/>');
  });

  it('centres the 责任声明’s title; chapter headings stay left', async () => {
    const body = strFromU8((await parts())['word/document.xml']!);
    const heading = (text: string) =>
      [...body.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>([\s\S]*?)<\/w:p>/g)]
        .map((m) => m[1]!)
        .find((p) => p.includes(text))!;
    expect(heading('内容真实性责任声明')).toContain('<w:jc w:val="center"/>');
    expect(heading('学生发展')).not.toContain('<w:jc');
  });

  it('writes the notes under a table in 表注: the table’s size, unindented', async () => {
    const zip = await parts();
    const styles = strFromU8(zip['word/styles.xml']!);
    const note = /<w:style [^>]*w:styleId="ReportTableNote">([\s\S]*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(note).toContain('<w:sz w:val="21"/>');
    expect(note).not.toContain('w:firstLine');
    const model = fixtureDoc();
    const withNote = {
      ...model,
      chapters: [
        {
          title: 'x',
          blocks: [
            { kind: 'paragraph' as const, role: 'tableNote' as const, runs: [{ text: '注1：无法计算' }] },
          ],
        },
      ],
    };
    const body = strFromU8(unzipSync(await packDocx(withNote, { charts: new Map() }))['word/document.xml']!);
    expect(body).toMatch(/<w:pStyle w:val="ReportTableNote"\/>[\s\S]*?注1：无法计算/);
  });

  it('centres a table’s header row and its figure column, the names left', async () => {
    const body = strFromU8((await parts())['word/document.xml']!);
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]!),
    );
    const centred = (c: string) => c.includes('<w:jc w:val="center"/>');
    expect(rows[0]!.every(centred)).toBe(true);
    expect(rows[1]!.map(centred)).toEqual([false, true]);
    expect(rows[1]![1]).toContain('1200');
  });

  it('writes the table of contents from the headings, each entry linked to a bookmark on its heading', async () => {
    const body = strFromU8((await parts())['word/document.xml']!);
    const toc = body.slice(body.indexOf('<w:sdt>'), body.indexOf('</w:sdt>'));
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(toc).toMatch(/w:anchor="_Toc2"[\s\S]*学生发展/);
    expect(body.slice(body.indexOf('</w:sdt>'))).toMatch(
      /<w:bookmarkStart w:name="_Toc2"[^>]*\/>[\s\S]*?学生发展/,
    );
  });

  it('writes each 目录 entry’s page number as a PAGEREF field holding the estimated page', async () => {
    const body = strFromU8((await parts())['word/document.xml']!);
    const toc = body.slice(body.indexOf('<w:sdt>'), body.indexOf('</w:sdt>'));
    const refs = [
      ...toc.matchAll(/<w:fldSimple w:instr="PAGEREF (_Toc\d+) \\h"><w:r><w:t[^>]*>(\d+)<\/w:t>/g),
    ];
    const headings = [...toc.matchAll(/w:anchor="(_Toc\d+)"/g)].map((m) => m[1]);
    expect(refs.map((m) => m[1])).toEqual(headings);
    const pages = refs.map((m) => Number(m[2]));
    // The body is numbered from 1 (the cover and the 目录 have no numbers), each chapter on a page of its own.
    expect(pages[0]).toBe(1);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1]!);
    // The entries' dot leader ends at the right margin.
    expect(toc).toContain('<w:tab w:val="right" w:pos="8844" w:leader="dot"/>');
  });
});
