import { describe, expect, it } from 'vitest';
import { parseChapterContent } from './report-nodes';
import { doc, h1, live, para, text } from './testing/fixture-report';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('parseChapterContent', () => {
  it('accepts headings, paragraphs, live values, charts, data tables, images and comments', () => {
    const d = doc(
      h1('学生发展'),
      para(text('生师比为'), live('ssb'), { type: 'footnote', attrs: { text: '来源：状态数据' } }),
      {
        type: 'chart',
        attrs: {
          chartId: 'c1',
          kind: 'bar',
          title: '专业分布',
          caption: '',
          source: { type: 'indicators', indicatorIds: ['ssb'] },
        },
      },
      {
        type: 'dataTable',
        attrs: {
          tableId: 't1',
          title: '专业大类',
          caption: '',
          source: {
            type: 'aggregate',
            tableCode: 'A7-1-1',
            groupBy: 'zydl',
            measure: 'count',
            label: '专业数',
          },
        },
      },
      { type: 'image', attrs: { src: PNG, alt: null, title: null, caption: '实训基地' } },
      para({
        type: 'text',
        text: '待核实',
        marks: [
          { type: 'comment', attrs: { commentId: 'k1', text: '请核对', author: '王', at: '2025-11-01' } },
        ],
      }),
    );
    expect(parseChapterContent(d).ok).toBe(true);
  });

  it('refuses node types outside the schema', () => {
    const r = parseChapterContent(doc(para(text('x')), { type: 'script', content: [text('alert(1)')] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'chapter-invalid' } });
    if (!r.ok) expect(r.error.message).toContain('script');
  });

  it('refuses a remote image and a javascript link', () => {
    const remote = doc({ type: 'image', attrs: { src: 'https://evil.example/x.png', caption: '' } });
    expect(parseChapterContent(remote).ok).toBe(false);
    const js = doc(
      para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }),
    );
    expect(parseChapterContent(js).ok).toBe(false);
  });

  it('refuses a live value with an unknown phrase and a chart with an unknown kind', () => {
    expect(parseChapterContent(doc(para(live('ssb', 'guess')))).ok).toBe(false);
    const chart = {
      type: 'chart',
      attrs: { chartId: 'c', kind: 'sankey', title: '', source: { type: 'indicators', indicatorIds: ['a'] } },
    };
    expect(parseChapterContent(doc(chart)).ok).toBe(false);
  });

  it('refuses a document nested deeper than any real one', () => {
    let node = para(text('deep'));
    for (let i = 0; i < 60; i++) node = { type: 'blockquote', content: [node] };
    expect(parseChapterContent(doc(node))).toMatchObject({ ok: false });
  });

  it('refuses something that is not a document at all', () => {
    expect(parseChapterContent(para(text('x'))).ok).toBe(false);
    expect(parseChapterContent('<p>x</p>').ok).toBe(false);
  });
});
