/**
 * docs/SECURITY.md Z1–Z5 and J1–J2 through verifyBundle: hostile containers and hostile JSON are refused
 * with a stable code and a Chinese message, quickly, without throwing and without polluting prototypes.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { verifyBundle, type VerifyContext } from './verify-bundle';
import { buildBundle, officeContext, row, tableFile, tableInput } from './testing/bundle-fixtures';
import { forgeEntry, forgeZip, type ForgedEntry } from './testing/zip-forge';
import { bytes, unpack } from './testing/rezip';

const failure = (bundle: Uint8Array, ctx: VerifyContext = officeContext()) => {
  const r = verifyBundle(bundle, ctx);
  return r.ok ? { code: 'ok', message: '' } : r.error;
};
/** The valid bundle's entries as forgeable entries (deflated, matching headers). */
const forged = (): ForgedEntry[] =>
  unpack(buildBundle().bytes).map((e) => forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8));

describe('docs/SECURITY.md Z1–Z5', () => {
  it('Z1: a 42.zip-style entry (declares 1 KB, inflates far past the cap) is refused quickly', () => {
    const bomb = forgeEntry('tables/A10-1.json', new Uint8Array(24 * 1024 * 1024), 8, 9);
    bomb.local.size = bomb.central.size = 1024;
    const entries = forged();
    entries[2] = bomb;
    const started = performance.now();
    const r = failure(forgeZip(entries), officeContext({ limits: { maxEntryBytes: 4 * 1024 * 1024 } }));
    expect(r).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('tables/A10-1.json 解压后超过单个文件上限'),
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('Z1: many tiny entries and an oversized archive are refused before inflating anything', () => {
    const many = forgeZip([
      ...forged(),
      ...Array.from({ length: 600 }, (_, i) => forgeEntry(`files/f${i}`, new Uint8Array(0), 0)),
    ]);
    expect(failure(many)).toMatchObject({
      code: 'too-large',
      message: '数据包包含 604 个条目，超过上限 512 个，已拒绝。',
    });
    expect(failure(buildBundle().bytes, officeContext({ limits: { maxArchiveBytes: 500 } })).code).toBe(
      'too-large',
    );
  });

  it('Z2: refuses traversal, absolute, backslash, NUL, overlong and __proto__ names', () => {
    for (const name of [
      '../manifest.json',
      '/abs',
      'a\\b.json',
      'tables/a\0.json',
      `files/${'x'.repeat(300)}`,
      '__proto__',
    ]) {
      const r = failure(forgeZip([...forged(), forgeEntry(name, bytes('{}'))]));
      expect(r.code, name).toBe('unsafe-entry-name');
      expect(r.message).toMatch(/^数据包包含不允许的条目名 /);
    }
  });

  it('Z3: refuses a zip with two tables/A10-1.json (benign first, hostile second)', () => {
    const entries = forged();
    const hostile = forgeEntry('tables/A10-1.json', bytes(canonicalJson(tableFile('A10-1', 'JWC', 9))));
    expect(failure(forgeZip([...entries, hostile]))).toMatchObject({
      code: 'duplicate-entry',
      message: '数据包中 tables/A10-1.json 出现了两次，已拒绝（可能被人为篡改）。',
    });
  });

  it('Z4: refuses local/central mismatch, encryption, unknown methods, extra fields; a bad CRC is damage', () => {
    const cases: Array<[(e: ForgedEntry) => void, string]> = [
      [(e) => (e.local.name = bytes('tables/A10-2.json')), 'archive-damaged'],
      [(e) => (e.local.size += 5), 'archive-damaged'],
      [(e) => (e.central.flags = e.local.flags = 1), 'archive-unsupported'],
      [(e) => (e.central.method = e.local.method = 14), 'archive-unsupported'],
      [(e) => (e.central.extra = e.local.extra = new Uint8Array([1, 0, 0, 0])), 'archive-unsupported'],
      [(e) => (e.central.crc = e.local.crc = 0), 'archive-damaged'],
    ];
    for (const [mutate, code] of cases) {
      const entries = forged();
      mutate(entries[2]!);
      expect(failure(forgeZip(entries)).code).toBe(code);
    }
    const encrypted = forged();
    encrypted[2]!.central.flags = encrypted[2]!.local.flags = 1;
    expect(failure(forgeZip(encrypted)).message).toBe(
      '数据包中的 tables/A10-1.json 被加密，本系统不接受加密条目。',
    );
  });

  it('Z5: truncation at every offset and random byte flips give a clean error, never a throw or hang', () => {
    const b = buildBundle().bytes;
    for (let cut = 0; cut < b.length; cut++) {
      const r = failure(b.subarray(0, cut));
      expect(r.code).not.toBe('ok');
      expect(r.code).not.toBe('internal-error');
    }
    expect(failure(b.subarray(0, b.length - 1)).message).toMatch(/^数据包已损坏或不完整/);
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const flipped = b.slice();
      flipped[seed % b.length]! ^= 1 + ((seed >>> 24) % 255);
      const r = verifyBundle(flipped, officeContext());
      expect(r.ok ? 'ok' : r.error.code).not.toBe('internal-error');
    }
  });
});

describe('docs/SECURITY.md J1–J2', () => {
  const signedTable = (json: string) =>
    buildBundle({ files: [{ path: 'tables/A10-1.json', bytes: bytes(json) }] }).bytes;

  it('J1: refuses a signed table with __proto__ keys, and nothing is polluted', () => {
    const hostile = `{"departmentCode":"JWC","rows":[{"at":"x","by":"x","id":"00000000-0000-4000-8000-000000000001","src":"typed","values":{"__proto__":{"polluted":1}}}],"tableCode":"A10-1"}`;
    expect(failure(signedTable(hostile))).toMatchObject({
      code: 'json-invalid',
      message: '文件 tables/A10-1.json 含有不允许的键名 "__proto__"，已拒绝。',
    });
    expect(failure(signedTable('{"__proto__":{"x":1}}')).code).toBe('json-invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('J1: refuses 100k-deep nesting and a file over the byte cap', () => {
    const deep = signedTable('['.repeat(100_000) + ']'.repeat(100_000));
    expect(failure(deep)).toMatchObject({
      code: 'json-invalid',
      message: expect.stringContaining('嵌套层数超过'),
    });
    const big = signedTable(canonicalJson(tableFile('A10-1', 'JWC', 3000)));
    expect(failure(big, officeContext({ limits: { maxEntryBytes: 64 * 1024 } })).code).toBe('too-large');
    expect(failure(signedTable('{"rows":'))).toMatchObject({
      code: 'json-invalid',
      message: '文件 tables/A10-1.json 不是有效的 JSON。',
    });
  });

  it('J2: one bad row out of 10,000 refuses the whole bundle and names the row', () => {
    const table = tableFile('A10-1', 'JWC', 10_000);
    const rows = table.rows.map((r, i) => (i === 6789 ? { ...r, values: { age: { nested: 1 } } } : r));
    const r = failure(buildBundle({ files: [tableInput({ ...table, rows })] }).bytes);
    expect(r).toMatchObject({
      code: 'table-invalid',
      message: expect.stringContaining('文件 tables/A10-1.json 第 6790 行无效'),
    });
    const dup = { ...table, rows: [...table.rows.slice(0, 50), row(7)] };
    expect(failure(buildBundle({ files: [tableInput(dup)] }).bytes)).toMatchObject({
      code: 'table-invalid',
      message: expect.stringContaining('第 51 行的记录编号 00000000-0000-4000-8000-000000000007 重复'),
    });
    const extraKey = { ...table, rows: [{ ...row(1), extra: 1 }] };
    expect(failure(buildBundle({ files: [tableInput(extraKey)] }).bytes).code).toBe('table-invalid');
  });

  it('non-canonical signed JSON: a repeated key and an integer beyond 2^53 refuse the bundle, naming the file', () => {
    const good = canonicalJson(tableFile('A10-1', 'JWC', 1));
    expect(failure(signedTable(good)).code).toBe('ok');
    // The signer's hash covers these bytes, but JSON.parse would keep only the second 教师.
    const twice = good.replace('"name":"教师1"', '"name":"教师1","name":"改过的"');
    expect(failure(signedTable(twice))).toMatchObject({
      code: 'json-invalid',
      message: '文件 tables/A10-1.json 的同一对象中有重复的键名，不是规范的数据，已拒绝。',
    });
    const rounded = good.replace('"age":31', '"age":9007199254740993');
    expect(failure(signedTable(rounded))).toMatchObject({
      code: 'json-invalid',
      message: expect.stringContaining('超出 2^53 的整数'),
    });
  });

  it("non-canonical container: bytes hidden after a compressed entry's end refuse the bundle", () => {
    const entries = forged();
    const t = entries[2]!;
    const data = new Uint8Array([...t.data, ...bytes('hidden after the end')]);
    entries[2] = {
      data,
      local: { ...t.local, compressedSize: data.length },
      central: { ...t.central, compressedSize: data.length },
    };
    expect(failure(forgeZip(entries))).toMatchObject({
      code: 'archive-damaged',
      message: expect.stringContaining('在压缩数据结束后还藏有多余字节'),
    });
    expect(failure(forgeZip(forged())).code).toBe('ok');
  });
});
