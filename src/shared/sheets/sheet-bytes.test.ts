import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetBytes, utf8 } from './sheet-bytes';
import { escapeXml } from './xml-text';

function written(write: (out: SheetBytes) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  const out = new SheetBytes((c) => chunks.push(c.slice()));
  write(out);
  out.flush();
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    all.set(c, p);
    p += c.length;
  }
  return all;
}

describe('SheetBytes', () => {
  it('writes text as the UTF-8 bytes of escapeXml, for any string (controls, surrogates, CJK, emoji)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(written((o) => o.text(s))).toEqual(utf8(escapeXml(s)));
      }),
    );
    expect(written((o) => o.text('a<b>&"c"\u0001\ud800x😀中'))).toEqual(
      utf8('a&lt;b&gt;&amp;&quot;c&quot;x😀中'),
    );
  });

  it('hands on chunks and keeps every byte across them, texts longer than its buffer too', () => {
    const long = '中'.repeat(400_000);
    const bytes = written((o) => {
      for (let i = 0; i < 50_000; i++) {
        o.ascii(String(i));
        o.raw(utf8(','));
        o.maybeFlush();
      }
      o.text(long);
    });
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('0,1,2,')).toBe(true);
    expect(text.endsWith(`49999,${long}`)).toBe(true);
  });
});
