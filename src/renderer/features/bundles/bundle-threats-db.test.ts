/**
 * docs/SECURITY.md B1–B12, Z1–Z5, J1–J2 through the real import path (previewDataBundle → commitDataBundle, or
 * applySetupBundle for B11) at an office station on IndexedDB: each hostile input is refused with its
 * Chinese message, and a hash of every table of the database is the same before and after.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical-json';
import { writeBundle, type BundleFileInput } from '../../../shared/bundle/bundle-writer';
import {
  generateKeyPair,
  keyIdOf,
  signBytes,
  type Ed25519KeyPair,
} from '../../../shared/bundle/ed25519-keys';
import type { ManifestFields } from '../../../shared/bundle/manifest';
import { forgeEntry, forgeZip } from '../../../shared/bundle/testing/zip-forge';
import { bytes, rezip, text, unpack } from '../../../shared/bundle/testing/rezip';
import { newUuid } from '../../../shared/ids';
import { commitDataBundle } from './data-commit';
import { previewDataBundle } from './data-import';
import { revokeKey } from './key-service';
import { applySetupBundle } from './setup-service';
import { dbHash, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

let office: Station;
let dept: Station;
let twKey: Ed25519KeyPair;
let yearId: string;

const row = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  values: { communityname: `社团${i}`, communitytype: '学术科技类' },
  by: '信息员',
  at: '2025-10-01T00:00:00.000Z',
  src: 'typed' as const,
});
const table = (n: number, dept = 'TW', code = 'A10-3') => ({
  tableCode: code,
  departmentCode: dept,
  rows: Array.from({ length: n }, (_, i) => row(i + 1)),
});
const file = (t: unknown, path = 'tables/A10-3.json'): BundleFileInput => ({
  path,
  bytes: bytes(canonicalJson(t)),
  ...(Array.isArray((t as { rows?: unknown }).rows) ? { rows: (t as { rows: unknown[] }).rows.length } : {}),
});

function forge(
  o: { fields?: Partial<ManifestFields>; files?: BundleFileInput[]; signer?: Ed25519KeyPair } = {},
): Uint8Array {
  const signer = o.signer ?? twKey;
  const w = writeBundle({
    manifestFields: {
      kind: 'data',
      keyId: keyIdOf(signer.publicKey),
      sender: { stationRole: 'department', departmentCode: 'TW' },
      addressee: 'OFFICE',
      yearId,
      bundleId: newUuid(),
      seq: 1,
      prevBundleHash: null,
      createdAt: '2025-10-08T09:00:00.000Z',
      auditHead: '0'.repeat(64),
      appVersion: '0.1.0',
      schemaVersion: 1,
      ...o.fields,
    },
    files: o.files ?? [file(table(3))],
    sign: (b) => signBytes(b, signer.secretKey),
  });
  if (!w.ok) throw new Error(w.error.message);
  return w.value.bytes;
}

/** Imports at the office; returns the refusal (or 'ok' with warnings) and whether the database changed. */
async function importAtOffice(
  b: Uint8Array,
): Promise<{ code: string; message: string; warnings: readonly string[]; changed: boolean }> {
  const before = await dbHash(office.db);
  const p = await previewDataBundle(office.deps, office.ws, await office.state(), b);
  if (!p.ok) return { ...p.error, warnings: [], changed: (await dbHash(office.db)) !== before };
  const c = await commitDataBundle(office.deps, office.acting, p.value);
  return {
    code: c.ok ? c.value.status : c.error.code,
    message: c.ok ? '' : c.error.message,
    warnings: p.value.warnings,
    changed: (await dbHash(office.db)) !== before,
  };
}

async function refused(b: Uint8Array, code: string, message: string | RegExp) {
  const r = await importAtOffice(b);
  expect(r.code).toBe(code);
  expect(r.message).toMatch(message);
  expect(r.changed).toBe(false);
}

const replace = (name: string, f: (b: Uint8Array) => Uint8Array) => (es: ReturnType<typeof unpack>) =>
  es.map((e) => (e.name === name ? { name, bytes: f(e.bytes) } : e));

// Every test starts from fresh stations where the office has imported TW's bundle 1, so no test depends on
// what another imported before it.
beforeEach(async () => {
  ({ office, dept } = await threeStations());
  const own = (await dept.state()).ownKey!;
  twKey = dept.keys.pairs.get(own.keyId)!;
  yearId = (await dept.state()).officePin!.yearId;
  expect((await importAtOffice(forge({ fields: { seq: 1 } }))).code).toBe('imported');
}, 60_000);

describe('threats (docs/SECURITY.md) at the office database', () => {
  it('B1: a tampered table file is refused, naming the file', async () => {
    await refused(
      rezip(
        forge({ fields: { seq: 2 } }),
        replace('tables/A10-3.json', (b) => bytes(text(b).replace('社团1', '社团9'))),
      ),
      'file-altered',
      '文件 tables/A10-3.json 已被改动（与签名清单中的校验值不符），已拒绝。',
    );
  });

  it('B2: a changed manifest and a truncated signature are refused', async () => {
    const b = forge({ fields: { seq: 2 } });
    await refused(
      rezip(
        b,
        replace('manifest.json', (m) =>
          bytes(text(m).replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"')),
        ),
      ),
      'signature-invalid',
      /清单在签名后被改动/,
    );
    await refused(
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
    await refused(
      forge({ signer: stranger, fields: { seq: 2 } }),
      'unknown-signer',
      `数据包由未登记的密钥 ${keyIdOf(stranger.publicKey)} 签名，发送方不在本站信任列表中，已拒绝。`,
    );
  });

  it('B4: the TW key signing for another department is refused', async () => {
    await refused(
      forge({
        fields: { seq: 2, sender: { stationRole: 'department', departmentCode: 'RSC' } },
        files: [file(table(1, 'RSC'))],
      }),
      'wrong-department',
      '数据包声称来自 RSC，但签名密钥登记在 TW 名下，已拒绝。',
    );
    await refused(
      forge({ fields: { seq: 2 }, files: [file(table(1, 'TW', 'A10-1'), 'tables/A10-1.json')] }),
      'table-invalid',
      'TW 不负责向本站报送 A10-1 表，已拒绝。',
    );
  });

  it('B5 + B6: same bundle twice is a no-op; an older one is a replay; same seq different bundle is a hard error', async () => {
    const b2 = forge({ fields: { seq: 2 }, files: [file(table(4))] });
    expect((await importAtOffice(b2)).code).toBe('imported');
    const again = await importAtOffice(b2);
    expect(again).toMatchObject({ code: 'already-imported', changed: false });
    await refused(
      forge({ fields: { seq: 1 }, files: [file(table(5))] }),
      'conflicting-bundle',
      /第 1 号数据包已导入过另一个不同的版本/,
    );
    const b3 = forge({ fields: { seq: 3 }, files: [file(table(6))] });
    expect((await importAtOffice(b3)).code).toBe('imported');
    await refused(
      forge({ fields: { seq: 3 }, files: [file(table(7))] }),
      'conflicting-bundle',
      /第 3 号数据包已导入过另一个不同的版本/,
    );
  });

  it('B6: a different bundle under an already imported seq (2) is a hard error', async () => {
    expect((await importAtOffice(forge({ fields: { seq: 2 }, files: [file(table(4))] }))).code).toBe(
      'imported',
    );
    const r = await importAtOffice(forge({ fields: { seq: 2 }, files: [file(table(8))] }));
    expect(r.code).toBe('conflicting-bundle');
    expect(r.changed).toBe(false);
  });

  it('B7 + B9: a gap and an expired bundle are accepted with their warnings', async () => {
    const r = await importAtOffice(
      forge({ fields: { seq: 6, expiresAt: '2025-01-01T00:00:00.000Z' }, files: [file(table(9))] }),
    );
    expect(r.code).toBe('imported');
    expect(r.warnings).toEqual([
      expect.stringContaining('缺少第 2–5 号（共 4 个）数据包'),
      '数据包已于 2025-01-01T00:00:00.000Z 过期，请确认这不是一个被扣留的旧包。',
    ]);
    await refused(
      forge({ fields: { seq: 5 } }),
      'replay',
      '第 5 号数据包早于已导入的第 6 号，可能是旧包被重复导入，已拒绝。',
    );
  });

  it('B8: a table swapped in from another bundle, an extra entry, a dropped entry are refused', async () => {
    const other = unpack(forge({ fields: { seq: 20 }, files: [file(table(2))] }));
    const b = forge({ fields: { seq: 7 } });
    await refused(
      rezip(
        b,
        replace('tables/A10-3.json', () => other[2]!.bytes),
      ),
      'file-altered',
      /已被改动/,
    );
    await refused(
      rezip(b, (es) => [...es, { name: 'files/extra.json', bytes: bytes('{}') }]),
      'unexpected-entry',
      '数据包中有清单未列出的文件 files/extra.json，已拒绝（可能混入了其他数据包的文件）。',
    );
    await refused(
      rezip(b, (es) => es.slice(0, 2)),
      'missing-entry',
      '数据包缺少清单列出的文件 tables/A10-3.json。',
    );
  });

  it('B10: a sequence jump past the cap is blocked', async () => {
    await refused(forge({ fields: { seq: 1_000_006 } }), 'seq-jump', /超过 1000 的上限/);
  });

  it('B12: alg "none" and formatVersion 99 are refused', async () => {
    const b = forge({ fields: { seq: 7 } });
    await refused(
      rezip(
        b,
        replace('manifest.json', (m) => bytes(text(m).replace('"alg":"Ed25519"', '"alg":"none"'))),
      ),
      'unsupported-format',
      /alg=none/,
    );
    await refused(
      rezip(
        b,
        replace('manifest.json', (m) => bytes(text(m).replace('"formatVersion":1', '"formatVersion":99'))),
      ),
      'unsupported-format',
      /formatVersion=99/,
    );
  });

  it('Z1: 600 entries and a forged-size bomb are refused without writing', async () => {
    const entries = unpack(forge({ fields: { seq: 7 } })).map((e) =>
      forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8),
    );
    await refused(
      forgeZip([
        ...entries,
        ...Array.from({ length: 600 }, (_, i) => forgeEntry(`files/f${i}`, new Uint8Array(0), 0)),
      ]),
      'too-large',
      /超过上限 512 个/,
    );
    const bomb = forgeEntry('tables/A10-3.json', new Uint8Array(24 * 1024 * 1024), 8, 9);
    bomb.local.size = bomb.central.size = 1024;
    await refused(forgeZip([entries[0]!, entries[1]!, bomb]), 'archive-damaged', /实际大小与声明不符/);
  });

  it('Z2 + Z3 + Z4: odd names, duplicate entries and encrypted entries are refused', async () => {
    const entries = unpack(forge({ fields: { seq: 7 } })).map((e) =>
      forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8),
    );
    await refused(
      forgeZip([...entries, forgeEntry('../manifest.json', bytes('{}'))]),
      'unsafe-entry-name',
      /^数据包包含不允许的条目名 /,
    );
    await refused(
      forgeZip([...entries, forgeEntry('tables/A10-3.json', bytes(canonicalJson(table(9))))]),
      'duplicate-entry',
      /出现了两次/,
    );
    const enc = entries.map((e) => ({ ...e, local: { ...e.local }, central: { ...e.central } }));
    enc[2]!.central.flags = enc[2]!.local.flags = 1;
    await refused(
      forgeZip(enc),
      'archive-unsupported',
      '数据包中的 tables/A10-3.json 被加密，本系统不接受加密条目。',
    );
  });

  it('Z5: a partial copy (truncated file) is refused as damaged', async () => {
    const b = forge({ fields: { seq: 7 } });
    for (const cut of [10, b.length >> 1, b.length - 1])
      await refused(b.subarray(0, cut), 'archive-damaged', /^数据包已损坏或不完整/);
  });

  it('J1: __proto__ keys and deep nesting are refused and nothing is polluted', async () => {
    const hostile = `{"departmentCode":"TW","rows":[{"at":"x","by":"x","id":"00000000-0000-4000-8000-000000000001","src":"typed","values":{"__proto__":{"polluted":1}}}],"tableCode":"A10-3"}`;
    await refused(
      forge({ fields: { seq: 7 }, files: [{ path: 'tables/A10-3.json', bytes: bytes(hostile) }] }),
      'json-invalid',
      '文件 tables/A10-3.json 含有不允许的键名 "__proto__"，已拒绝。',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await refused(
      forge({
        fields: { seq: 7 },
        files: [{ path: 'tables/A10-3.json', bytes: bytes('['.repeat(50_000) + ']'.repeat(50_000)) }],
      }),
      'json-invalid',
      /嵌套层数超过/,
    );
  });

  it('J2: one bad row out of 10,000 refuses the whole bundle and names the row', async () => {
    const t = table(10_000);
    const rows = t.rows.map((r, i) => (i === 6789 ? { ...r, values: { communityname: { nested: 1 } } } : r));
    await refused(
      forge({ fields: { seq: 7 }, files: [file({ ...t, rows })] }),
      'table-invalid',
      /文件 tables\/A10-3\.json 第 6790 行无效/,
    );
  });

  it('B3: after the office revokes the TW key, its bundles are refused', async () => {
    must(await revokeKey(office.deps, office.acting, await office.state(), keyIdOf(twKey.publicKey)));
    await refused(forge({ fields: { seq: 8 } }), 'key-revoked', /已被吊销，已拒绝/);
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
    const st = await dept.state();
    const w = writeBundle({
      manifestFields: {
        kind: 'setup',
        keyId: keyIdOf(rogue.publicKey),
        sender: { stationRole: 'office', departmentCode: 'DDS' },
        addressee: 'TW',
        yearId,
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
            deadlines: dept.ws.deadlines,
          },
          catalog: await dept.deps.repo.loadCatalog(dept.ws.id),
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
    const before = await dbHash(dept.db);
    const r = await applySetupBundle(dept.deps, dept.acting, st, w.value.bytes, null);
    expect(r.ok ? '' : r.error.message).toBe('信任列表不是由已确认的督导室密钥签名的，已拒绝。');
    expect(await dbHash(dept.db)).toBe(before);
  });
});
