import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { writeBundle } from './bundle-writer';
import { signBytes, verifySignature, decodeSignatureText } from './ed25519-keys';
import { bundleHashOf, manifestSchema } from './manifest';
import { readBundleContainer } from './zip-reader';
import { manifestFields, tableFile, tableInput, testKeys } from './testing/bundle-fixtures';

const k = testKeys();
const files = [
  tableInput(tableFile('A10-1', 'JWC', 3)),
  { path: 'files/notice.md', bytes: new TextEncoder().encode('通知') },
];
const write = (overrides = {}) =>
  writeBundle({
    manifestFields: manifestFields(overrides),
    files,
    sign: (b) => signBytes(b, k.jwc.secretKey),
  });

describe('writeBundle', () => {
  it('writes manifest.json, manifest.sig, then the files in manifest order; the signature covers the raw manifest bytes', () => {
    const w = write();
    expect(w.ok).toBe(true);
    if (!w.ok) return;
    const c = readBundleContainer(w.value.bytes);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect([...c.value.entries.keys()]).toEqual(['tables/A10-1.json', 'files/notice.md']);
    expect(c.value.manifestBytes).toEqual(w.value.manifestBytes);
    expect(new TextDecoder().decode(w.value.manifestBytes)).toBe(canonicalJson(w.value.manifest));
    expect(w.value.bundleHash).toBe(bundleHashOf(w.value.manifestBytes));
    const sig = decodeSignatureText(c.value.sigText);
    expect(sig !== null && verifySignature(sig, c.value.manifestBytes, k.jwc.publicKey)).toBe(true);
    expect(w.value.manifest.files.map((f) => [f.path, f.size, f.rows])).toEqual([
      ['tables/A10-1.json', files[0]!.bytes.length, 3],
      ['files/notice.md', 6, undefined],
    ]);
    expect(manifestSchema.safeParse(w.value.manifest).success).toBe(true);
  });

  it('is deterministic for the same input and compressor', () => {
    const a = write();
    const b = write();
    expect(a.ok && b.ok && Buffer.compare(a.value.bytes, b.value.bytes)).toBe(0);
  });

  it('refuses an invalid manifest, unsafe paths and a wrong-length signature', () => {
    expect(write({ seq: 0 })).toMatchObject({ ok: false, error: { code: 'manifest-invalid' } });
    expect(write({ addressee: 'office' })).toMatchObject({ ok: false, error: { code: 'manifest-invalid' } });
    const unsafe = writeBundle({
      manifestFields: manifestFields(),
      files: [{ path: '../x', bytes: new Uint8Array(1) }],
      sign: (b) => signBytes(b, k.jwc.secretKey),
    });
    expect(unsafe).toMatchObject({ ok: false, error: { code: 'manifest-invalid' } });
    const dup = writeBundle({
      manifestFields: manifestFields(),
      files: [files[1]!, files[1]!],
      sign: (b) => signBytes(b, k.jwc.secretKey),
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'manifest-invalid' } });
    const short = writeBundle({ manifestFields: manifestFields(), files, sign: () => new Uint8Array(63) });
    expect(short).toMatchObject({ ok: false, error: { code: 'signature-invalid' } });
  });
});
