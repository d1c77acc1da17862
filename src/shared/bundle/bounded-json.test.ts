import { describe, expect, it } from 'vitest';
import { parseBoundedJson } from './bounded-json';

const enc = (s: string) => new TextEncoder().encode(s);
const bounds = { maxBytes: 1_000_000, maxDepth: 32 };
const parse = (s: string | Uint8Array) =>
  parseBoundedJson(typeof s === 'string' ? enc(s) : s, bounds, 'tables/A1.json');

describe('parseBoundedJson', () => {
  it('parses ordinary JSON, including brackets inside strings', () => {
    expect(parse('{"a":[1,"[[[[\\"{{",{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, '[[[["{{', { b: null }] },
    });
  });

  it('J1: refuses files over the byte cap before decoding', () => {
    const r = parseBoundedJson(enc('[' + '0,'.repeat(600_000) + '0]'), bounds, 'tables/A1.json');
    expect(r.ok || r.error).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('tables/A1.json 过大'),
    });
  });

  it('J1: refuses 100k-deep nesting quickly without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const started = performance.now();
    const r = parse(deep);
    expect(r.ok || r.error).toMatchObject({
      code: 'json-invalid',
      message: expect.stringContaining('嵌套层数超过 32 层'),
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)).ok).toBe(false);
  });

  it('J1: refuses __proto__, constructor and prototype keys, even escaped, and pollutes nothing', () => {
    for (const s of [
      '{"__proto__":{"x":1}}',
      '[{"rows":[{"values":{"__proto__":{"polluted":true}}}]}]',
      '{"\\u005f_proto__":{"x":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"a":{"prototype":1}}',
    ]) {
      const r = parse(s);
      expect(r.ok || r.error.code, s).toBe('json-invalid');
      expect(r.ok || r.error.message).toMatch(/不允许的键名/);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('J1: refuses invalid UTF-8, a BOM and malformed JSON', () => {
    expect(parse(new Uint8Array([0x22, 0xff, 0x22])).ok).toBe(false);
    expect(parse(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).ok).toBe(false);
    for (const s of ['', '{', '{"a":1,}', 'NaN', "{'a':1}", '[1] [2]']) expect(parse(s).ok, s).toBe(false);
  });
});
