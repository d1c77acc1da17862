import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { writeBundle } from './bundle-writer';
import { crc32 } from './crc32';
import { signBytes } from './ed25519-keys';
import { verifyBundle } from './verify-bundle';
import { fflateCompressor } from './zip-writer';
import {
  buildBundle,
  manifestFields,
  officeContext,
  tableFile,
  tableInput,
  testKeys,
} from './testing/bundle-fixtures';
import { rezip } from './testing/rezip';

const k = testKeys();

describe('verifyBundle', () => {
  it('verifies a valid data bundle and returns its tables, hash and next sequence state', () => {
    const b = buildBundle();
    const r = verifyBundle(b.bytes, officeContext());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('new');
    expect(r.value.bundleHash).toBe(b.bundleHash);
    expect(r.value.signer.departmentCode).toBe('JWC');
    expect(r.value.tables.get('tables/A10-1.json')?.rows).toHaveLength(3);
    expect(r.value.nextSequenceState?.lastSeq).toBe(1);
    expect(r.value.warnings).toEqual([]);
  });

  it('treats containers that inflate to the same signed content as the same bundle', () => {
    const b = buildBundle();
    const again = rezip(b.bytes, (e) => e, fflateCompressor(9));
    const stored = rezip(b.bytes, (e) => e, fflateCompressor(0));
    const zlib = rezip(
      b.bytes,
      (e) => e,
      (bytes) => ({
        method: 8,
        data: deflateRawSync(bytes, { level: 3 }),
        crc32: crc32(bytes),
        size: bytes.length,
      }),
    );
    for (const z of [again, stored, zlib]) {
      expect(z).not.toEqual(b.bytes);
      const r = verifyBundle(z, officeContext());
      expect(r.ok && r.value.bundleHash).toBe(b.bundleHash);
    }
  });

  it('writes with a precompressed entry from node:zlib', () => {
    const t = tableInput(tableFile('A10-1', 'JWC', 50));
    const written = writeBundle({
      manifestFields: manifestFields(),
      files: [
        {
          ...t,
          compressed: {
            method: 8,
            data: deflateRawSync(t.bytes),
            crc32: crc32(t.bytes),
            size: t.bytes.length,
          },
        },
      ],
      sign: (m) => signBytes(m, k.jwc.secretKey),
    });
    expect(written.ok && verifyBundle(written.value.bytes, officeContext()).ok).toBe(true);
  });

  it('accepts only the kinds the caller asks for', () => {
    const r = verifyBundle(buildBundle().bytes, officeContext({ acceptKinds: ['feedback'] }));
    expect(r.ok || r.error).toMatchObject({
      code: 'wrong-kind',
      message: '这是一个数据包，此处只接受反馈包。',
    });
  });

  it('accepts feedback from the pinned office key and from this station’s summary department only', () => {
    const deptStation = { station: { role: 'department' as const, departmentCode: 'JWC' } };
    const fromOffice = buildBundle({
      signer: k.office,
      fields: {
        kind: 'feedback',
        sender: { stationRole: 'office', departmentCode: 'DDS' },
        addressee: 'JWC',
      },
      files: [],
    });
    expect(verifyBundle(fromOffice.bytes, officeContext(deptStation)).ok).toBe(true);
    const fromSummary = buildBundle({
      signer: k.summary,
      fields: {
        kind: 'feedback',
        sender: { stationRole: 'summary', departmentCode: 'XGC' },
        addressee: 'JWC',
      },
      files: [],
    });
    expect(
      verifyBundle(fromSummary.bytes, officeContext({ ...deptStation, summaryDepartments: ['XGC'] })).ok,
    ).toBe(true);
    const refused = verifyBundle(
      fromSummary.bytes,
      officeContext({ ...deptStation, summaryDepartments: ['RSC'] }),
    );
    expect(refused.ok || refused.error).toMatchObject({
      code: 'signer-not-allowed',
      message: 'XGC 的密钥无权签发反馈包，已拒绝。',
    });
    const fromDept = buildBundle({
      signer: k.rsc,
      fields: {
        kind: 'feedback',
        sender: { stationRole: 'department', departmentCode: 'RSC' },
        addressee: 'JWC',
      },
      files: [],
    });
    expect(verifyBundle(fromDept.bytes, officeContext(deptStation)).ok).toBe(false);
  });

  it('accepts a setup bundle only from the pinned office key', () => {
    const setupFields = {
      kind: 'setup' as const,
      sender: { stationRole: 'office' as const, departmentCode: 'DDS' },
      addressee: 'JWC',
    };
    const deptStation = { station: { role: 'department' as const, departmentCode: 'JWC' } };
    const setup = buildBundle({
      signer: k.office,
      fields: setupFields,
      files: [{ path: 'files/notice.md', bytes: new TextEncoder().encode('# 采集通知') }],
    });
    const r = verifyBundle(setup.bytes, officeContext(deptStation));
    expect(r.ok && r.value.files.get('files/notice.md')?.length).toBeGreaterThan(0);
    const bySummary = buildBundle({
      signer: k.summary,
      fields: { ...setupFields, sender: { stationRole: 'summary', departmentCode: 'XGC' } },
      files: [],
    });
    expect(verifyBundle(bySummary.bytes, officeContext(deptStation))).toMatchObject({
      ok: false,
      error: { code: 'signer-not-allowed' },
    });
  });

  it('refuses a bundle for another station or another year', () => {
    const toJwc = buildBundle({ fields: { addressee: 'RSC' } });
    expect(verifyBundle(toJwc.bytes, officeContext())).toMatchObject({
      ok: false,
      error: { code: 'wrong-addressee', message: '数据包是发给 RSC 的，不是本站（OFFICE），已拒绝。' },
    });
    const otherYear = buildBundle({ fields: { yearId: '0b6f3c1e-7a2d-4c1b-9e5f-2a8d6c4b1f01' } });
    expect(verifyBundle(otherYear.bytes, officeContext())).toMatchObject({
      ok: false,
      error: { code: 'wrong-year' },
    });
  });

  it('lets the caller add semantic row checks (all or nothing)', () => {
    const r = verifyBundle(
      buildBundle().bytes,
      officeContext({
        validateTable: (t) =>
          t.tableCode === 'A6-2' ? { code: 'x', message: 'A6-2 第 2 行日期无效' } : null,
      }),
    );
    expect(r.ok || r.error).toMatchObject({ code: 'table-invalid', message: 'A6-2 第 2 行日期无效' });
  });
});
