/**
 * docs/SECURITY.md B1–B12 through the real import path (previewDataBundle → commitDataBundle, or
 * applySetupBundle for B11) at an office station on IndexedDB: each forged, replayed or misaddressed bundle
 * is refused with its Chinese message, and a hash of every table of the database is the same before and
 * after. The archive and JSON cases (Z, J) are in bundle-archive-threats-db.test.ts.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../shared/bundle/bundle-writer';
import { generateKeyPair, keyIdOf, signBytes } from '../../../shared/bundle/ed25519-keys';
import { bytes, rezip, text, unpack } from '../../../shared/bundle/testing/rezip';
import { newUuid } from '../../../shared/ids';
import { revokeKey } from './key-service';
import { applySetupBundle } from './setup-service';
import { dbHash } from './testing/exchange-kit';
import { file, replace, table, threatStations, type ThreatStations } from './testing/threat-stations';
import { must } from './testing/three-stations';

let ts: ThreatStations;

beforeEach(async () => {
  ts = await threatStations();
}, 60_000);

describe('threats (docs/SECURITY.md) at the office database', () => {
  it('B1: a tampered table file is refused, naming the file', async () => {
    await ts.refused(
      rezip(
        ts.forge({ fields: { seq: 2 } }),
        replace('tables/A10-3.json', (b) => bytes(text(b).replace('社团1', '社团9'))),
      ),
      'file-altered',
      '文件 tables/A10-3.json 已被改动（与签名清单中的校验值不符），已拒绝。',
    );
  });

  it('B2: a changed manifest and a truncated signature are refused', async () => {
    const b = ts.forge({ fields: { seq: 2 } });
    await ts.refused(
      rezip(
        b,
        replace('manifest.json', (m) =>
          bytes(text(m).replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"')),
        ),
      ),
      'signature-invalid',
      /清单在签名后被改动/,
    );
    await ts.refused(
      rezip(
        b,
        replace('manifest.sig', (s) => bytes(text(s).slice(0, 84))),
      ),
      'signature-invalid',
      /应为 64 字节签名/,
    );
  });

  it('B3: an unknown signer and a revoked key are refused', async () => {
    const stranger = generateKeyPair();
    await ts.refused(
      ts.forge({ signer: stranger, fields: { seq: 2 } }),
      'unknown-signer',
      `数据包由未登记的密钥 ${keyIdOf(stranger.publicKey)} 签名，发送方不在本站信任列表中，已拒绝。`,
    );
  });

  it('B4: the TW key signing for another department is refused', async () => {
    await ts.refused(
      ts.forge({
        fields: { seq: 2, sender: { stationRole: 'department', departmentCode: 'RSC' } },
        files: [file(table(1, 'RSC'))],
      }),
      'wrong-department',
      '数据包声称来自 RSC，但签名密钥登记在 TW 名下，已拒绝。',
    );
    await ts.refused(
      ts.forge({ fields: { seq: 2 }, files: [file(table(1, 'TW', 'A10-1'), 'tables/A10-1.json')] }),
      'table-invalid',
      'TW 不负责向本站报送 A10-1 表，已拒绝。',
    );
  });

  it('B5 + B6: same bundle twice is a no-op; an older one is a replay; same seq different bundle is a hard error', async () => {
    const b2 = ts.forge({ fields: { seq: 2 }, files: [file(table(4))] });
    expect((await ts.importAtOffice(b2)).code).toBe('imported');
    const again = await ts.importAtOffice(b2);
    expect(again).toMatchObject({ code: 'already-imported', changed: false });
    await ts.refused(
      ts.forge({ fields: { seq: 1 }, files: [file(table(5))] }),
      'conflicting-bundle',
      /第 1 号数据包已导入过另一个不同的版本/,
    );
    const b3 = ts.forge({ fields: { seq: 3 }, files: [file(table(6))] });
    expect((await ts.importAtOffice(b3)).code).toBe('imported');
    await ts.refused(
      ts.forge({ fields: { seq: 3 }, files: [file(table(7))] }),
      'conflicting-bundle',
      /第 3 号数据包已导入过另一个不同的版本/,
    );
  });

  it('B6: a different bundle under an already imported seq (2) is a hard error', async () => {
    expect((await ts.importAtOffice(ts.forge({ fields: { seq: 2 }, files: [file(table(4))] }))).code).toBe(
      'imported',
    );
    const r = await ts.importAtOffice(ts.forge({ fields: { seq: 2 }, files: [file(table(8))] }));
    expect(r.code).toBe('conflicting-bundle');
    expect(r.changed).toBe(false);
  });

  it('B7 + B9: a gap and an expired bundle are accepted with their warnings', async () => {
    const r = await ts.importAtOffice(
      ts.forge({ fields: { seq: 6, expiresAt: '2025-01-01T00:00:00.000Z' }, files: [file(table(9))] }),
    );
    expect(r.code).toBe('imported');
    expect(r.warnings).toEqual([
      expect.stringContaining('缺少第 2–5 号（共 4 个）数据包'),
      '数据包已于 2025-01-01T00:00:00.000Z 过期，请确认这不是一个被扣留的旧包。',
    ]);
    await ts.refused(
      ts.forge({ fields: { seq: 5 } }),
      'replay',
      '第 5 号数据包早于已导入的第 6 号，可能是旧包被重复导入，已拒绝。',
    );
  });

  it('B8: a table swapped in from another bundle, an extra entry, a dropped entry are refused', async () => {
    const other = unpack(ts.forge({ fields: { seq: 20 }, files: [file(table(2))] }));
    const b = ts.forge({ fields: { seq: 7 } });
    await ts.refused(
      rezip(
        b,
        replace('tables/A10-3.json', () => other[2]!.bytes),
      ),
      'file-altered',
      /已被改动/,
    );
    await ts.refused(
      rezip(b, (es) => [...es, { name: 'files/extra.json', bytes: bytes('{}') }]),
      'unexpected-entry',
      '数据包中有清单未列出的文件 files/extra.json，已拒绝（可能混入了其他数据包的文件）。',
    );
    await ts.refused(
      rezip(b, (es) => es.slice(0, 2)),
      'missing-entry',
      '数据包缺少清单列出的文件 tables/A10-3.json。',
    );
  });

  it('B10: a sequence jump past the cap is blocked', async () => {
    await ts.refused(ts.forge({ fields: { seq: 1_000_006 } }), 'seq-jump', /超过 1000 的上限/);
  });

  it('B12: alg "none" and formatVersion 99 are refused', async () => {
    const b = ts.forge({ fields: { seq: 7 } });
    await ts.refused(
      rezip(
        b,
        replace('manifest.json', (m) => bytes(text(m).replace('"alg":"Ed25519"', '"alg":"none"'))),
      ),
      'unsupported-format',
      /alg=none/,
    );
    await ts.refused(
      rezip(
        b,
        replace('manifest.json', (m) => bytes(text(m).replace('"formatVersion":1', '"formatVersion":99'))),
      ),
      'unsupported-format',
      /formatVersion=99/,
    );
  });

  it('B3: after the office revokes the TW key, its bundles are refused', async () => {
    must(
      await revokeKey(ts.office.deps, ts.office.acting, await ts.office.state(), keyIdOf(ts.twKey.publicKey)),
    );
    await ts.refused(ts.forge({ fields: { seq: 8 } }), 'key-revoked', /已被吊销，已拒绝/);
  });

  it('B11: a setup bundle signed by another key is refused at a station that pinned the office key', async () => {
    const rogue = generateKeyPair();
    const list = {
      version: 99,
      officeKeyId: keyIdOf(rogue.publicKey),
      keys: [
        {
          keyId: keyIdOf(rogue.publicKey),
          publicKey: Buffer.from(rogue.publicKey).toString('base64'),
          departmentCode: 'DDS',
          role: 'office' as const,
          addedAt: '2025-10-08T09:00:00.000Z',
        },
      ],
    };
    const { setupBundleFiles } = await import('../../../shared/bundle/setup-bundle');
    const { signTrustList } = await import('../../../shared/bundle/trust-list');
    const st = await ts.dept.state();
    const w = writeBundle({
      manifestFields: {
        kind: 'setup',
        keyId: keyIdOf(rogue.publicKey),
        sender: { stationRole: 'office', departmentCode: 'DDS' },
        addressee: 'TW',
        yearId: ts.yearId,
        bundleId: newUuid(),
        seq: 50,
        prevBundleHash: null,
        createdAt: '2025-10-08T09:00:00.000Z',
        auditHead: '0'.repeat(64),
        appVersion: '0.1.0',
        schemaVersion: 1,
      },
      files: setupBundleFiles(
        {
          format: 'sdd-setup',
          version: 1,
          revision: 9,
          year: {
            name: 'x',
            academicYearStart: 2025,
            financeYear: 2025,
            snapshotDate: '20250831',
            deadlines: ts.dept.ws.deadlines,
          },
          catalog: await ts.dept.deps.repo.loadCatalog(ts.dept.ws.id),
          tasks: [],
          departments: [],
          notice: { title: '', documents: '', howToFill: '', indicators: '', requirements: '', schedule: '' },
          registration: null,
        },
        signTrustList(list, rogue.secretKey),
      ),
      sign: (b) => signBytes(b, rogue.secretKey),
    });
    if (!w.ok) throw new Error(w.error.message);
    const before = await dbHash(ts.dept.db);
    const r = await applySetupBundle(ts.dept.deps, ts.dept.acting, st, w.value.bytes, null);
    expect(r.ok ? '' : r.error.message).toBe('信任列表不是由已确认的督导室密钥签名的，已拒绝。');
    expect(await dbHash(ts.dept.db)).toBe(before);
  });
});
