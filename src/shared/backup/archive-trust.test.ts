import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { fingerprintOf, generateKeyPair, keyIdOf, type Ed25519KeyPair } from '../bundle/ed25519-keys';
import { signTrustList, type TrustList } from '../bundle/trust-list';
import { checkArchiveTrust, marksToKeep } from './archive-trust';
import { firstInvalidRecord } from './backup-record-schemas';
import { lockManifest } from '../national-export/locked-year';
import { signLockList } from '../year-close/signed-lock-list';
import { signBytes } from '../bundle/ed25519-keys';
import { ok } from '../result';

const AT = '2025-09-01T00:00:00.000Z';

function pin(pair: Ed25519KeyPair) {
  return {
    kind: 'office-pin',
    keyId: keyIdOf(pair.publicKey),
    publicKey: bytesToBase64(pair.publicKey),
    fingerprint: fingerprintOf(pair.publicKey),
  };
}

function listRecord(office: Ed25519KeyPair, version: number, signer = office) {
  const list: TrustList = {
    version,
    officeKeyId: keyIdOf(office.publicKey),
    keys: [
      {
        keyId: keyIdOf(office.publicKey),
        publicKey: bytesToBase64(office.publicKey),
        departmentCode: 'DDS',
        role: 'office',
        addedAt: AT,
      },
    ],
  };
  const signed = signTrustList(list, signer.secretKey);
  return { kind: 'trust-list', list, bytesBase64: bytesToBase64(signed.bytes), sigText: signed.sigText };
}

describe('checkArchiveTrust (docs/SECURITY.md R9)', () => {
  const office = generateKeyPair();

  it('accepts an archive whose list the pinned office key signed; keeps a newer held list', () => {
    const ours = [pin(office), listRecord(office, 3)];
    expect(checkArchiveTrust(ours, [pin(office), listRecord(office, 2)])).toEqual({
      ok: true,
      value: { keepCurrentList: true },
    });
    expect(checkArchiveTrust(ours, [pin(office), listRecord(office, 4)])).toEqual({
      ok: true,
      value: { keepCurrentList: false },
    });
  });

  it('a new PC without a pin takes the archive pin, and checks the list against it', () => {
    expect(checkArchiveTrust([], [pin(office), listRecord(office, 1)]).ok).toBe(true);
    const other = generateKeyPair();
    const r = checkArchiveTrust([], [pin(office), listRecord(office, 1, other)]);
    expect(r.ok ? '' : r.error.message).toContain('未通过督导室密钥的签名核对');
  });

  it('refuses another office key, a list without a pin and a list signed by another key', () => {
    const other = generateKeyPair();
    const ours = [pin(office)];
    const swapped = checkArchiveTrust(ours, [pin(other), listRecord(other, 9)]);
    expect(swapped.ok ? '' : swapped.error.message).toContain('与本机已确认的督导室密钥');
    const noPin = checkArchiveTrust([], [listRecord(office, 1)]);
    expect(noPin.ok ? '' : noPin.error.message).toContain('没有可核对它的督导室密钥');
    const forged = checkArchiveTrust(ours, [pin(office), listRecord(office, 2, other)]);
    expect(forged.ok).toBe(false);
  });

  it('refuses a list edited beside its intact signed bytes', () => {
    const rec = listRecord(office, 2);
    const edited = { ...rec, list: { ...rec.list, version: 99 } };
    const r = checkArchiveTrust([pin(office)], [pin(office), edited]);
    expect(r.ok ? '' : r.error.message).toContain('列表内容与签名内容不一致');
  });
});

describe('checkArchiveTrust: the kept 锁定清单 (docs/SECURITY.md R13)', () => {
  const office = generateKeyPair();
  const other = generateKeyPair();
  async function lockListRecord(signer: Ed25519KeyPair) {
    const signed = await signLockList(
      {
        school: { name: '示例职业技术学院', code: '12345' },
        academicYearStart: 2025,
        catalogVersion: 1,
        manifest: lockManifest([{ tableCode: 'A10-3', departmentCode: 'TW', rows: [] }], AT, '郑校长'),
        corrections: [],
      },
      { publicKey: signer.publicKey, sign: (m) => Promise.resolve(ok(signBytes(m, signer.secretKey))) },
    );
    if (!signed.ok) throw new Error(signed.error.message);
    return { kind: 'lock-list', list: signed.value, bundleHash: 'a'.repeat(64), receivedAt: AT };
  }

  it('restores a list the pinned office key signed; refuses one another key signed or one without a pin', async () => {
    const good = await lockListRecord(office);
    expect(firstInvalidRecord('trust', [good])).toBeNull();
    expect(checkArchiveTrust([pin(office)], [pin(office), good]).ok).toBe(true);
    const forged = checkArchiveTrust([pin(office)], [pin(office), await lockListRecord(other)]);
    expect(forged.ok ? '' : forged.error.message).toContain('备份中的锁定清单未通过督导室密钥的核对');
    const noPin = checkArchiveTrust([], [good]);
    expect(noPin.ok ? '' : noPin.error.message).toContain('没有可核对它的督导室密钥');
  });
});

describe('marksToKeep', () => {
  it('keeps every held mark the archive lowers or lacks, never one it raises', () => {
    const held = [
      { keyId: 'a', addressee: 'OFFICE', lastSeq: 5 },
      { keyId: 'b', addressee: 'OFFICE', lastSeq: 2 },
      { keyId: 'c', addressee: 'TW', lastSeq: 1 },
    ];
    const archived = [
      { keyId: 'a', addressee: 'OFFICE', lastSeq: 3 },
      { keyId: 'b', addressee: 'OFFICE', lastSeq: 7 },
    ];
    expect(marksToKeep(held, archived).map((m) => m.keyId)).toEqual(['a', 'c']);
  });
});

describe('firstInvalidRecord', () => {
  it('checks each table with its live schema and refuses unknown tables', () => {
    const sub = {
      workspaceId: 'w',
      departmentCode: 'TW',
      tableCode: 'A10-3',
      summaryDepartment: null,
      state: 'draft',
      justifications: {},
      history: [],
    };
    expect(firstInvalidRecord('submissions', [sub])).toBeNull();
    expect(firstInvalidRecord('submissions', [sub, { ...sub, state: 'approved-forever' }])).toMatchObject({
      index: 1,
    });
    expect(
      firstInvalidRecord('sequences', [{ keyId: 'x', addressee: 'OFFICE', lastSeq: 1, hashes: [] }]),
    ).toMatchObject({ index: 0 });
    expect(firstInvalidRecord('mystery', [{}])).toMatchObject({ problem: '未知的数据表' });
    expect(firstInvalidRecord('audit', [{}])).toBeNull();
  });
});
