/**
 * Sheet XML written straight as UTF-8 bytes into a reused buffer, handed on in ~256 KB chunks: the
 * data rows of a big export without a JavaScript string per cell or row (building and re-encoding
 * those strings cost more than deflating them). Fixed fragments are encoded once by the caller.
 * Text is escaped as xml-text.ts escapeXml does; sheet-bytes.test.ts holds the two to the same bytes.
 */

const CHUNK = 1 << 18;
const encoder = new TextEncoder();

export const utf8 = (s: string): Uint8Array => encoder.encode(s);

const AMP = utf8('&amp;');
const LT = utf8('&lt;');
const GT = utf8('&gt;');
const QUOT = utf8('&quot;');

function put(buf: Uint8Array, p: number, b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) buf[p++] = b[i] as number;
  return p;
}

export class SheetBytes {
  private buf = new Uint8Array(CHUNK * 2);
  private pos = 0;

  constructor(private readonly sink: (chunk: Uint8Array) => void) {}

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Copies pre-encoded bytes (tags, attributes). */
  raw(b: Uint8Array): void {
    this.room(b.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < b.length; i++) buf[p++] = b[i] as number;
    this.pos = p;
  }

  /** ASCII text (numbers, references) byte by byte. */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /**
   * XML text content: exactly the UTF-8 bytes of escapeXml(s), in one pass (escaping &<>" and dropping
   * what XML 1.0 forbids while encoding; short CJK texts are the common case, where a native encode
   * per cell costs more than this loop).
   */
  text(s: string): void {
    this.room(s.length * 6);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c === 0x26) p = put(buf, p, AMP);
        else if (c === 0x3c) p = put(buf, p, LT);
        else if (c === 0x3e) p = put(buf, p, GT);
        else if (c === 0x22) p = put(buf, p, QUOT);
        else if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
        }
      } else if ((c < 0xdc00 || c > 0xdfff) && c !== 0xfffe && c !== 0xffff) {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
  }

  /** Hands on a chunk once enough bytes are gathered. */
  maybeFlush(): void {
    if (this.pos >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.pos === 0) return;
    this.sink(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(this.buf.length);
    this.pos = 0;
  }
}
