// @vitest-environment happy-dom
/**
 * A hostile .docx imported into an enterprise chapter (docs/SECURITY.md C6): an image linked to a file or a
 * web address outside the document, a "PNG" that is a script, and a javascript: hyperlink. Nothing outside
 * the document is read, and only embedded pictures that are what they claim and web/mail links remain.
 */
import { describe, expect, it, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importDocx } from './docx-import';

// Vitest resolves mammoth's Node build, which reads a Buffer; the app bundles the browser build, which reads
// the ArrayBuffer importDocx passes. Same converter and options otherwise.
vi.mock('./mammoth-chunk', async () => {
  const { default: real } = await import('mammoth');
  return {
    mammoth: {
      convertToHtml: (
        input: { arrayBuffer: ArrayBuffer },
        options: Parameters<typeof real.convertToHtml>[1],
      ) => real.convertToHtml({ buffer: Buffer.from(input.arrayBuffer) }, options),
    },
  };
});

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

const picture = (attr: string) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip ${attr}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

function hostileDocx(): Uint8Array {
  const body = [
    '<w:p><w:r><w:t>企业年报正文</w:t></w:r></w:p>',
    picture('r:link="rIdFile"'),
    picture('r:link="rIdWeb"'),
    picture('r:embed="rIdFake"'),
    '<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>点击查看</w:t></w:r></w:hyperlink></w:p>',
  ].join('');
  const rel = (id: string, type: string, target: string, external: boolean) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        rel('rId1', 'officeDocument', 'word/document.xml', false) +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        rel('rIdFile', 'image', 'file:///etc/passwd', true) +
        rel('rIdWeb', 'image', 'http://tracker.example/beacon.png', true) +
        rel('rIdFake', 'image', 'media/fake.png', false) +
        rel('rIdJs', 'hyperlink', 'javascript:alert(1)', true) +
        '</Relationships>',
    ),
    'word/media/fake.png': strToU8('<script>alert(1)</script>'),
  });
}

describe('importDocx with a hostile document', () => {
  it('reads no linked file, keeps no remote or disguised picture and no script link', async () => {
    const r = await importDocx(hostileDocx());
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    if (!r.ok) return;
    expect(r.value.html).toContain('企业年报正文');
    expect(r.value.html).toContain('点击查看');
    expect(r.value.images).toBe(0);
    expect(r.value.html).not.toMatch(/<img|javascript:|passwd|tracker\.example|<script/i);
  });

  it('refuses a file that is not a Word document, in Chinese', async () => {
    const r = await importDocx(strToU8('<html><script>alert(1)</script></html>'));
    expect(r.ok ? null : r.error.message).toMatch(/不是 Word 文档/);
  });
});
