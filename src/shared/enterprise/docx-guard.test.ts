import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDocx } from './docx-guard';

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('企业概况')] }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('enterprise .docx guard', () => {
  it('accepts a Word document', async () => {
    expect(await checkDocx(await realDocx())).toEqual({ ok: true, value: undefined });
  });

  it('refuses what is not a Word document: plain text, a zip without word/document.xml', async () => {
    const text = await checkDocx(strToU8('这不是文档'));
    expect(!text.ok && text.error.code).toBe('docx-not-word');
    const zip = await checkDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect(!zip.ok && zip.error.message).toContain('不是 Word 文档');
  });

  it('refuses a zip bomb by its real inflated bytes and ratio, and too many entries', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = await checkDocx(bomb);
    expect(!r.ok && r.error.code).toBe('docx-zip-bomb');
    expect(!r.ok && r.error.message).toContain('压缩炸弹');
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`word/p${i}.xml`, strToU8('x')])),
    );
    const limited = await checkDocx(many, { maxEntries: 20, maxInflatedBytes: 1e6 });
    expect(!limited.ok && limited.error.code).toBe('docx-zip-bomb');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const r = await checkDocx(await realDocx(), undefined, 100);
    expect(!r.ok && r.error.code).toBe('docx-too-large');
  });
});
