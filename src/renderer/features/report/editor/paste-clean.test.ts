// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, droppedAnything } from './paste-clean';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('cleanPastedHtml', () => {
  it('keeps Word text and structure and drops its styling, conditional comments and o:p tags', () => {
    const word =
      '<html><head><style>p.MsoNormal{mso-style-parent:""}</style></head><body><!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]-->' +
      '<h1 style="mso-outline-level:1">学生发展</h1><p class="MsoNormal" style="font-family:仿宋_GB2312">在校生<b>8000</b>人<o:p></o:p></p></body></html>';
    const r = cleanPastedHtml(word);
    expect(r.html).toBe('<h1>学生发展</h1><p>在校生<b>8000</b>人</p>');
    expect(r.dropped.styles).toBe(true);
    expect(droppedAnything(r.dropped)).toBe(false);
  });

  it('drops scripts, event handlers, javascript links and embedded objects, and counts them', () => {
    const r = cleanPastedHtml(
      '<p onclick="steal()">文字<script>alert(1)</script><a href="javascript:alert(2)">链接</a></p><iframe name="x"></iframe><object data="x.swf"></object>',
    );
    expect(r.html).not.toMatch(/script|onclick|javascript|iframe|object/i);
    expect(r.html).toContain('文字');
    expect(r.dropped).toMatchObject({ scripts: 3, objects: 2 });
  });

  it('keeps an embedded image and drops remote, oversized and mislabelled ones', () => {
    const big = `data:image/png;base64,${'A'.repeat(8 * 1024 * 1024)}`;
    const fake = `data:image/png;base64,${btoa('<svg onload="alert(1)"></svg>')}`;
    const r = cleanPastedHtml(
      `<p><img src="${PNG}"><img src="https://evil.example/a.png"><img src="${big}"><img src="${fake}"></p>`,
    );
    expect(r.html).toBe(`<p><img src="${PNG}"></p>`);
    expect(r.dropped).toMatchObject({ remoteImages: 1, bigImages: 1, badImages: 1 });
  });
});
