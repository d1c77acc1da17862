import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { writeBundle } from './bundle-writer';
import { fingerprintOf, generateKeyPair, keyIdOf, signBytes } from './ed25519-keys';
import { EMPTY_NOTICE, setupPayloadSchema, type SetupPayload } from './setup-payload';
import { inspectFirstSetup, setupBundleFiles, verifySetupBundle } from './setup-bundle';
import { signTrustList, type TrustList } from './trust-list';
import { AT, YEAR_ID, manifestFields, testKeys, testTrustList, trusted } from './testing/bundle-fixtures';

const k = testKeys();
const payload: SetupPayload = {
  format: 'sdd-setup',
  version: 1,
  revision: 1,
  year: {
    name: '2025-2026学年',
    academicYearStart: 2025,
    financeYear: 2025,
    snapshotDate: '20250831',
    deadlines: {
      fill: '20251010',
      departmentReview: '20251015',
      summaryReview: '20251020',
      schoolReview: '20251030',
    },
  },
  catalog: builtInCatalog(),
  tasks: [],
  departments: [],
  notice: { ...EMPTY_NOTICE, title: '关于开展2025年状态数据采集的通知' },
  registration: trusted(k.jwc, 'JWC', 'department'),
};

function setup(list: TrustList = testTrustList, signer = k.office, seq = 1, body: SetupPayload = payload) {
  const signed = signTrustList(list, signer.secretKey);
  const w = writeBundle({
    manifestFields: manifestFields(
      { kind: 'setup', sender: { stationRole: 'office', departmentCode: 'DDS' }, addressee: 'JWC', seq },
      signer,
    ),
    files: setupBundleFiles(body, signed),
    sign: (b) => signBytes(b, signer.secretKey),
  });
  if (!w.ok) throw new Error(w.error.message);
  return { bytes: w.value.bytes, signed };
}

const ctx = (officePublicKey: Uint8Array) => ({
  station: { role: 'department' as const, departmentCode: 'JWC' },
  yearId: YEAR_ID,
  officePublicKey,
  sequenceState: () => undefined,
  now: new Date(AT),
});

describe('setup bundles', () => {
  it('first import: shows the claimed office fingerprint, then verifies fully once that key is pinned', () => {
    const { bytes } = setup();
    const claimed = inspectFirstSetup(bytes);
    expect(claimed.ok && claimed.value.fingerprint).toBe(fingerprintOf(k.office.publicKey));
    expect(claimed.ok && claimed.value.yearId).toBe(YEAR_ID);
    const v = verifySetupBundle(bytes, ctx(k.office.publicKey), null);
    expect(v.ok && v.value.payload.notice.title).toContain('状态数据采集');
    expect(v.ok && v.value.trustList.version).toBe(3);
  });

  it('refuses a setup bundle from another office key once one is pinned (B11)', () => {
    const rogue = generateKeyPair();
    const list: TrustList = {
      version: 9,
      officeKeyId: keyIdOf(rogue.publicKey),
      keys: [trusted(rogue, 'DDS', 'office')],
    };
    const { bytes } = setup(list, rogue);
    expect(inspectFirstSetup(bytes).ok).toBe(true); // self-consistent: only the person's fingerprint check stops it
    const v = verifySetupBundle(bytes, ctx(k.office.publicKey), null);
    expect(v.ok ? '' : v.error.message).toContain('不是由已确认的督导室密钥签名');
  });

  it('accepts the same trust list again, refuses an older one', () => {
    const { bytes, signed } = setup();
    expect(verifySetupBundle(bytes, ctx(k.office.publicKey), { version: 3, bytes: signed.bytes }).ok).toBe(
      true,
    );
    const v = verifySetupBundle(bytes, ctx(k.office.publicKey), { version: 4, bytes: new Uint8Array([1]) });
    expect(v.ok ? '' : v.error.code).toBe('trust-list-rollback');
  });

  it('refuses a setup bundle whose trust list signature does not match', () => {
    const { signed } = setup();
    const w = writeBundle({
      manifestFields: manifestFields(
        { kind: 'setup', sender: { stationRole: 'office', departmentCode: 'DDS' }, addressee: 'JWC' },
        k.office,
      ),
      files: setupBundleFiles(payload, { bytes: signed.bytes, sigText: bytesToBase64(new Uint8Array(64)) }),
      sign: (b) => signBytes(b, k.office.secretKey),
    });
    expect(w.ok && inspectFirstSetup(w.value.bytes).ok).toBe(false);
  });

  it('refuses a catalog pattern the linear-time engine cannot compile (a backreference), naming the field', () => {
    const catalog = payload.catalog;
    const tables = catalog.tables.map((t) =>
      t.code === 'A10-1'
        ? { ...t, fields: t.fields.map((f) => (f.key === 'birthplace' ? { ...f, pattern: '(a)\\1' } : f)) }
        : t,
    );
    const { bytes } = setup(testTrustList, k.office, 1, { ...payload, catalog: { ...catalog, tables } });
    const v = verifySetupBundle(bytes, ctx(k.office.publicKey), null);
    expect(v.ok || v.error).toMatchObject({
      code: 'setup-invalid',
      message: expect.stringMatching(
        /^初始化包中的采集目录无效：表 A10-1 的字段「.+」的格式“\(a\)\\1”无法识别/,
      ),
    });
  });

  it('carries each table’s kind of update: dates, or 发生变化时; any other kind is refused', () => {
    const task = {
      tableCode: 'A6-1-1',
      responsibleDepartment: 'RSC',
      cooperatingDepartments: [],
      summaryDepartment: null,
      deadline: '20251010',
    };
    const tasks = [
      { ...task, updateOnChange: true as const },
      { ...task, tableCode: 'A10-1', updatePoints: ['20251101'] },
    ];
    const { bytes } = setup(testTrustList, k.office, 1, { ...payload, tasks });
    const v = verifySetupBundle(bytes, ctx(k.office.publicKey), null);
    expect(v.ok && v.value.payload.tasks).toEqual(tasks);
    const odd = { ...payload, tasks: [{ ...task, updateOnChange: 'yes' }] };
    expect(setupPayloadSchema.safeParse(odd).success).toBe(false);
  });
});
