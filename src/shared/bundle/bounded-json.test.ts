import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBoundedJson, scanJsonBytes } from './bounded-json';

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

  it('refuses a key repeated in one object (JSON.parse would keep the last), however it is spelt', () => {
    for (const s of [
      '{"a":1,"a":2}',
      '{"rows":[{"id":"x","values":{"name":"张三","name":"李四"}}]}',
      '{"a":1,"\\u0061":2}',
      '{"a" :1, "a"\n:2}',
    ]) {
      const r = parse(s);
      expect(r.ok || r.error.message, s).toBe(
        '文件 tables/A1.json 的同一对象中有重复的键名，不是规范的数据，已拒绝。',
      );
    }
  });

  it('keeps keys apart from strings that merely contain quotes, colons and backslashes', () => {
    for (const s of [
      '{"a":"x\\":1","b":"\\\\","c":["\\":",":"]}',
      '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}',
      '["a",":","\\"",{}]',
    ])
      expect(parse(s).ok, s).toBe(true);
  });

  it('refuses integers beyond 2^53 (they would be rounded) and accepts the largest safe one', () => {
    for (const s of ['{"seq":9007199254740993}', '[18014398509481984]', '{"n":-9007199254740993}', '[1e400]'])
      expect(JSON.stringify(parse(s)), s).toMatch(/超出 2\^53 的整数/);
    expect(parse('{"seq":9007199254740991,"x":0.1,"y":-2.5e-7}').ok).toBe(true);
  });
});

/** The single-loop byte-by-byte scan scanJsonBytes replaced: the reference it must agree with. */
function scanByteByByte(bytes: Uint8Array, cap: number): { depth: number; keys: number } {
  let depth = 0;
  let max = 0;
  let keys = 0;
  let inString = false;
  const space = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) {
        inString = false;
        let j = i + 1;
        while (j < bytes.length && space(bytes[j]!)) j++;
        if (bytes[j] === 0x3a) keys++;
      }
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > max) max = depth;
      if (depth > cap) return { depth, keys };
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return { depth: max, keys };
}

describe('scanJsonBytes (crosses each string in a loop of its own)', () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
  // Mostly the bytes the scan looks at, so escapes, unterminated strings and keys meet in every order.
  const tricky = fc
    .array(fc.constantFrom('"', '\\', '{', '}', '[', ']', ':', ' ', '\n', 'a', '张', ','), { maxLength: 60 })
    .map((cs) => cs.join(''));
  const jsonText = fc.json({ maxDepth: 6 });

  it(`counts what a byte-by-byte scan counts, on any text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(tricky, jsonText), fc.integer({ min: 1, max: 8 }), (text, cap) => {
        const bytes = enc(text);
        expect(scanJsonBytes(bytes, cap)).toEqual(scanByteByByte(bytes, cap));
      }),
      { numRuns: RUNS },
    );
  });

  it('escaped quotes and backslashes do not end a string; a key after whitespace counts', () => {
    const text = '{"a\\"b":"\\\\", "c\\\\" \n: ["\\"[", {"d":1}], "e"}';
    expect(scanJsonBytes(enc(text), 32)).toEqual(scanByteByByte(enc(text), 32));
    expect(scanJsonBytes(enc(text), 32)).toEqual({ depth: 3, keys: 3 });
    expect(scanJsonBytes(enc('"never closed \\'), 32)).toEqual({ depth: 0, keys: 0 });
    expect(scanJsonBytes(enc('["\\'), 32)).toEqual({ depth: 1, keys: 0 });
  });
});
