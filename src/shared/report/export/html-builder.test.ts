import { describe, expect, it } from 'vitest';
import { doc, fixtureSource, h1, live, para, templateReport, text } from '../testing/fixture-report';
import { buildExportModel } from './export-model';
import { buildHtml } from './html-builder';

function model() {
  const { report, chapters } = templateReport(2025, '某校');
  chapters.set(
    'students',
    doc(
      h1('学生发展'),
      para(text('生师比为'), live('ssb'), text('<script>alert(1)</script>')),
      {
        type: 'chart',
        attrs: {
          chartId: 'c1',
          kind: 'pie',
          title: '分布',
          caption: '专业大类分布',
          source: { type: 'indicators', indicatorIds: ['ssb', 'jyl'] },
        },
      },
      {
        type: 'dataTable',
        attrs: {
          tableId: 't',
          title: '指标',
          caption: '主要指标',
          source: { type: 'indicators', indicatorIds: ['ssb', 'jyl'] },
        },
      },
    ),
  );
  return buildExportModel(report, chapters, fixtureSource());
}

describe('buildHtml', () => {
  const html = buildHtml(
    model(),
    new Map([['c1', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>']]),
  );

  it('links a 目录 to the numbered chapter headings on screen, leaves it out of print, and numbers printed pages from the first chapter', () => {
    expect(html).toContain('<h2 id="h2">一、学生发展</h2>');
    expect(html).toMatch(/<nav class="toc" aria-label="目录">[\s\S]*<a href="#h2">一、学生发展<\/a>/);
    expect(html).toContain('@media print { nav.toc { display: none; } }');
    expect(html).toContain('@page :first { counter-reset: page 0; @bottom-center { content: none; } }');
  });

  it('centres the 责任声明’s title', () => {
    expect(html).toContain('<section class="chapter declaration" aria-label="内容真实性责任声明">');
    expect(html).toContain('.declaration h2 { text-align: center; }');
  });

  it('writes live values, inline SVG charts and captioned tables with header cells', () => {
    expect(html).toContain('生师比为17.2');
    expect(html).toContain('<svg role="img" aria-label="分布"');
    expect(html).toContain('<figcaption>图 1\u3000专业大类分布</figcaption>');
    expect(html).toContain('<caption>表 1\u3000主要指标</caption>');
    expect(html).toContain('<th scope="col">项目</th>');
    expect(html).toContain('<th scope="row">生师比</th>');
    expect(html).toContain('95.12%');
  });

  it('escapes text, carries no script, and allows no external request', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('<html lang="zh-CN">');
  });
});
