/**
 * docs/SECURITY.md B1–B12 at the pure level: each feeds the hostile input to verifyBundle and asserts the
 * stable code and the Chinese message. (Z1–Z5, J1–J2 are in bundle-threats-container.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { bytesToBase64 } from '../base64';
import { generateKeyPair, keyIdOf, signBytes } from './ed25519-keys';
import { BUNDLE_ALG, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './manifest';
import type { SequenceState } from './sequence-policy';
import { signTrustList, verifyTrustList } from './trust-list';
import { verifyBundle, type VerifyContext } from './verify-bundle';
import {
  buildBundle,
  manifestFields,
  officeContext,
  tableFile,
  tableInput,
  testKeys,
  testTrustList,
} from './testing/bundle-fixtures';
import { bytes, pack, rezip, text, unpack } from './testing/rezip';

const k = testKeys();
const failure = (bundle: Uint8Array, ctx: VerifyContext = officeContext()) => {
  const r = verifyBundle(bundle, ctx);
  return r.ok ? { code: 'ok', message: '' } : r.error;
};
const replace = (name: string, f: (b: Uint8Array) => Uint8Array) => (entries: ReturnType<typeof unpack>) =>
  entries.map((e) => (e.name === name ? { name, bytes: f(e.bytes) } : e));

/** A station that stores the sequence state of each accepted bundle, like the merge transaction will. */
function office() {
  const states = new Map<string, SequenceState>();
  const ctx = officeContext({}, states);
  return {
    ctx,
    importBundle(bundle: Uint8Array) {
      const r = verifyBundle(bundle, ctx);
      if (r.ok && r.value.nextSequenceState)
        states.set(`${r.value.manifest.keyId}|${r.value.manifest.addressee}`, r.value.nextSequenceState);
      return r;
    },
  };
}

describe('docs/SECURITY.md B1–B12', () => {
  it('B1: refuses a tampered table file, naming it', () => {
    const tampered = rezip(
      buildBundle().bytes,
      replace('tables/A10-1.json', (b) => bytes(text(b).replace('教师1', '教师9'))),
    );
    expect(failure(tampered)).toMatchObject({
      code: 'file-altered',
      message: '文件 tables/A10-1.json 已被改动（与签名清单中的校验值不符），已拒绝。',
    });
  });

  it('B2: refuses a changed manifest, a 63-byte signature and a non-base64 signature', () => {
    const b = buildBundle().bytes;
    const changed = rezip(
      b,
      replace('manifest.json', (m) => bytes(text(m).replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"'))),
    );
    expect(failure(changed)).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringContaining('清单在签名后被改动'),
    });
    const short = rezip(
      b,
      replace('manifest.sig', (s) =>
        bytes(bytesToBase64(Uint8Array.from(atob(text(s)), (c) => c.charCodeAt(0)).subarray(0, 63))),
      ),
    );
    expect(failure(short)).toMatchObject({
      code: 'signature-invalid',
      message: expect.stringContaining('应为 64 字节签名'),
    });
    for (const sig of ['not base64!', '', `${'A'.repeat(86)}==\n`]) {
      expect(
        failure(
          rezip(
            b,
            replace('manifest.sig', () => bytes(sig)),
          ),
        ).code,
      ).toBe('signature-invalid');
    }
  });

  it('B3: refuses an unknown signer and a revoked key', () => {
    const stranger = generateKeyPair();
    const r = failure(buildBundle({ signer: stranger }).bytes);
    expect(r).toMatchObject({
      code: 'unknown-signer',
      message: `数据包由未登记的密钥 ${keyIdOf(stranger.publicKey)} 签名，发送方不在本站信任列表中，已拒绝。`,
    });
    const revoked = buildBundle({
      signer: k.revoked,
      fields: { sender: { stationRole: 'department', departmentCode: 'CWC' } },
      files: [tableInput(tableFile('A1', 'CWC', 1))],
    });
    expect(failure(revoked.bytes)).toMatchObject({
      code: 'key-revoked',
      message: expect.stringContaining('已被吊销'),
    });
  });

  it('B4: refuses a department key signing for another department', () => {
    const r = failure(
      buildBundle({
        fields: { sender: { stationRole: 'department', departmentCode: 'RSC' } },
        files: [tableInput(tableFile('A1', 'RSC', 1))],
      }).bytes,
    );
    expect(r).toMatchObject({
      code: 'wrong-department',
      message: '数据包声称来自 RSC，但签名密钥登记在 JWC 名下，已拒绝。',
    });
    const asSummary = failure(
      buildBundle({ fields: { sender: { stationRole: 'summary', departmentCode: 'JWC' } } }).bytes,
    );
    expect(asSummary.code).toBe('wrong-department');
    const sliceOfOther = failure(buildBundle({ files: [tableInput(tableFile('A1', 'RSC', 1))] }).bytes);
    expect(sliceOfOther).toMatchObject({
      code: 'table-invalid',
      message: expect.stringContaining('数据属于 RSC，但数据包由 JWC 发出'),
    });
  });

  it('B5: the same bundle twice is a no-op; an older one is refused as a replay', () => {
    const station = office();
    const b4 = buildBundle({ fields: { seq: 4 } });
    const b5 = buildBundle({ fields: { seq: 5, prevBundleHash: b4.bundleHash } });
    expect(station.importBundle(b5.bytes).ok).toBe(true);
    const again = station.importBundle(b5.bytes);
    expect(again.ok && again.value.status).toBe('already-imported');
    expect(station.importBundle(b4.bytes).ok || station.importBundle(b4.bytes)).toMatchObject({
      ok: false,
      error: { code: 'replay', message: expect.stringContaining('第 4 号数据包早于已导入的第 5 号') },
    });
  });

  it('B6: two validly signed bundles with one sequence number: the second is a hard error', () => {
    const station = office();
    expect(station.importBundle(buildBundle({ fields: { seq: 6 } }).bytes).ok).toBe(true);
    const fork = station.importBundle(
      buildBundle({ fields: { seq: 6, bundleId: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4e' } }).bytes,
    );
    expect(fork.ok || fork.error).toMatchObject({
      code: 'conflicting-bundle',
      message: expect.stringContaining('第 6 号数据包已导入过另一个不同的版本'),
    });
  });

  it('B7: 5 then 7 is accepted with the warning "缺少第 6 号数据包"', () => {
    const station = office();
    const b5 = buildBundle({ fields: { seq: 5 } });
    station.importBundle(b5.bytes);
    const r = station.importBundle(buildBundle({ fields: { seq: 7 } }).bytes);
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['gap']);
    expect(r.ok && r.value.warnings[0]?.message).toMatch(/^缺少第 6 号数据包/);
  });

  it('B8: refuses a table swapped in from another bundle, an extra entry and a dropped entry', () => {
    const mine = buildBundle();
    const other = buildBundle({
      fields: { seq: 2 },
      files: [tableInput(tableFile('A10-1', 'JWC', 7)), tableInput(tableFile('A6-2', 'JWC', 2))],
    });
    const foreign = unpack(other.bytes).find((e) => e.name === 'tables/A10-1.json')!;
    const swapped = rezip(mine.bytes, (es) => es.map((e) => (e.name === foreign.name ? foreign : e)));
    expect(failure(swapped)).toMatchObject({
      code: 'file-altered',
      message: expect.stringContaining('文件 tables/A10-1.json 已被改动'),
    });
    const extra = rezip(mine.bytes, (es) => [...es, { name: 'tables/A1.json', bytes: bytes('{}') }]);
    expect(failure(extra)).toMatchObject({
      code: 'unexpected-entry',
      message: expect.stringContaining('清单未列出的文件 tables/A1.json'),
    });
    const dropped = rezip(mine.bytes, (es) => es.filter((e) => e.name !== 'tables/A6-2.json'));
    expect(failure(dropped)).toMatchObject({
      code: 'missing-entry',
      message: '数据包缺少清单列出的文件 tables/A6-2.json。',
    });
    const reordered = rezip(mine.bytes, (es) => [es[0]!, es[1]!, es[3]!, es[2]!]);
    expect(failure(reordered).code).toBe('entry-order');
  });

  it('B9: an expired bundle is imported with a warning (offline clocks: sequence numbers are the real defence)', () => {
    const r = verifyBundle(
      buildBundle({ fields: { expiresAt: '2025-10-01T00:00:00.000Z' } }).bytes,
      officeContext(),
    );
    expect(r.ok && r.value.warnings).toEqual([
      {
        code: 'expired',
        message: '数据包已于 2025-10-01T00:00:00.000Z 过期，请确认这不是一个被扣留的旧包。',
      },
    ]);
  });

  it('B10: a fast-forward to lastSeq + 10^6 is blocked unless the office confirms', () => {
    const station = office();
    station.importBundle(buildBundle({ fields: { seq: 5 } }).bytes);
    const far = buildBundle({ fields: { seq: 5 + 1_000_000 } }).bytes;
    expect(station.importBundle(far).ok || station.importBundle(far)).toMatchObject({
      ok: false,
      error: { code: 'seq-jump', message: expect.stringContaining('需由督导室确认') },
    });
    expect(verifyBundle(far, { ...station.ctx, confirmSeqJump: true }).ok).toBe(true);
  });

  it('B11: a trust list or setup bundle signed by a non-root key, or an older trust list, is refused', () => {
    const rogue = signTrustList({ ...testTrustList, version: 4 }, k.summary.secretKey);
    expect(verifyTrustList(rogue.bytes, rogue.sigText, k.office.publicKey, 3)).toMatchObject({
      ok: false,
      error: { code: 'trust-list-signer' },
    });
    const old = signTrustList({ ...testTrustList, version: 2 }, k.office.secretKey);
    expect(verifyTrustList(old.bytes, old.sigText, k.office.publicKey, 3)).toMatchObject({
      ok: false,
      error: { code: 'trust-list-rollback' },
    });
    const fakeSetup = buildBundle({
      signer: k.summary,
      fields: { kind: 'trust-list', sender: { stationRole: 'summary', departmentCode: 'XGC' } },
      files: [],
    });
    expect(failure(fakeSetup.bytes)).toMatchObject({
      code: 'signer-not-allowed',
      message: 'XGC 的密钥无权签发信任列表更新包，已拒绝。',
    });
  });

  it('B12: refuses alg "none" and formatVersion 99 even when validly signed', () => {
    for (const [field, value, shown] of [
      ['alg', 'none', 'alg=none'],
      ['formatVersion', 99, 'formatVersion=99'],
      ['format', 'dept-bundle', 'format=dept-bundle'],
    ] as const) {
      const manifest = {
        format: BUNDLE_FORMAT,
        formatVersion: BUNDLE_FORMAT_VERSION,
        alg: BUNDLE_ALG,
        ...manifestFields(),
        files: [],
        [field]: value,
      };
      const raw = bytes(canonicalJson(manifest));
      const bundle = pack([
        { name: 'manifest.json', bytes: raw },
        { name: 'manifest.sig', bytes: bytes(bytesToBase64(signBytes(raw, k.jwc.secretKey))) },
      ]);
      expect(failure(bundle)).toMatchObject({
        code: 'unsupported-format',
        message: expect.stringContaining(`（${shown}）`),
      });
    }
  });
});
