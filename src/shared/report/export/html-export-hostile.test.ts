// @vitest-environment happy-dom
/**
 * The report's HTML export with hostile text everywhere a department's chapter or the data can put it
 * (docs/SECURITY.md C6): headings, runs, footnotes, captions, table cells, a case, a chart's title and
 * labels drawn by ECharts' SVG renderer. The page holds no script, no event handler, no script or remote
 * URL, and every hostile string is text.
 */
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import { buildChartOption } from '../chart-option';
import type { ExportDoc } from './export-model';
import { buildHtml } from './html-builder';

const EVIL = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  '\'><a href="javascript:alert(3)">x</a>',
  '</style><style>body{background:url(http://x.example/a.png)}</style>',
  '</svg><svg onload=alert(4)>',
  ']]><!--',
].join(' ');

function hostileDoc(): ExportDoc {
  return {
    title: EVIL,
    school: EVIL,
    year: 2025,
    snapshotLabel: EVIL,
    draft: false,
    chapters: [
      {
        title: EVIL,
        blocks: [
          { kind: 'heading', level: 1, runs: [{ text: EVIL }] },
          {
            kind: 'paragraph',
            runs: [
              { text: EVIL, bold: true },
              { text: '注', footnote: EVIL },
            ],
          },
          { kind: 'list', ordered: true, items: [[{ text: EVIL }]] },
          { kind: 'table', title: EVIL, widths: [1, 2], rows: [{ header: true, cells: [EVIL, EVIL] }] },
          { kind: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', caption: EVIL },
          {
            kind: 'chart',
            chartId: 'c1',
            chart: 'bar',
            title: EVIL,
            caption: EVIL,
            rows: [{ group: EVIL, value: 3 }],
            note: EVIL,
          },
          {
            kind: 'dataTable',
            title: EVIL,
            caption: EVIL,
            head: [EVIL, EVIL],
            rows: [[EVIL, EVIL]],
            note: EVIL,
          },
          { kind: 'case', title: EVIL, department: EVIL, text: `${EVIL}\n${EVIL}`, photos: [] },
        ],
      },
    ],
  };
}

function chartSvg(doc: ExportDoc): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of doc.chapters.flatMap((c) => c.blocks)) {
    if (b.kind !== 'chart') continue;
    const c = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 350 });
    c.setOption(buildChartOption(b.chart, b.title, b.rows));
    out.set(b.chartId, c.renderToSVGString());
    c.dispose();
  }
  return out;
}

describe('HTML export of hostile report content', () => {
  it('holds no script, event handler, script URL or remote request; the hostile text stays text', () => {
    const doc = hostileDoc();
    const html = buildHtml(doc, chartSvg(doc));
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('script, iframe, object, embed, link, base').length).toBe(0);
    expect(page.querySelectorAll('style').length).toBe(1);
    for (const el of Array.from(page.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        // Other attributes (aria-label, alt) may hold the hostile text: as attribute text it is inert.
        const name = attr.name.toLowerCase();
        if (name === 'style') expect(attr.value, el.tagName).not.toMatch(/url\(|expression\(/i);
        if (['src', 'href', 'xlink:href'].includes(name))
          expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^(data:image\/|#)/);
      }
    }
    expect(page.querySelector('title')?.textContent).toBe(EVIL);
    expect(page.querySelector('h1')?.textContent).toBe(EVIL);
    expect(page.body.textContent).toContain('<script>alert(1)</script>');
    expect(html).toContain("default-src 'none'");
  });
});
