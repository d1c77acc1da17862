/**
 * The Worker's operations over plain data: what crosses postMessage (structuredClone) in and out gives
 * the same verdict as verifyBundle in process, hostile bytes come back as Chinese refusals, and the
 * stored sequence entries drive the sequence policy exactly like the in-process lookup.
 */
import { describe, expect, it } from 'vitest';
import { fieldFixture, tableFixture } from '../catalog/catalog-fixtures';
import { canonicalJson } from '../canonical-json';
import { verifyBundle } from './verify-bundle';
import { runVerifyOp, type PlainVerifyContext, type VerifyOp, type VerifyOps } from './verify-ops';
import { buildBundle, officeContext, tableFile, tableInput } from './testing/bundle-fixtures';
import { bytes, rezip } from './testing/rezip';

const { sequenceState: _lookup, ...base } = officeContext();
const plain: PlainVerifyContext = { ...base, sequences: [] };
/** As the Worker sees it: request and result both structured-cloned. */
const viaClone = <K extends VerifyOp>(op: K, req: VerifyOps[K]['req']) =>
  structuredClone(runVerifyOp(op, structuredClone(req)));

describe('runVerifyOp', () => {
  it('verifies a bundle through structured clone with the same tables, files and next sequence state', () => {
    const b = buildBundle();
    const direct = verifyBundle(b.bytes, officeContext());
    const cloned = viaClone('verify', { bytes: b.bytes, ctx: plain });
    expect(direct.ok && cloned.ok).toBe(true);
    if (!direct.ok || !cloned.ok) return;
    const v = cloned.value.verified;
    expect(v.bundleHash).toBe(direct.value.bundleHash);
    expect(canonicalJson([...v.tables.values()])).toBe(canonicalJson([...direct.value.tables.values()]));
    expect([...v.files.keys()]).toEqual([...direct.value.files.keys()]);
    expect([...(v.nextSequenceState?.hashes ?? [])]).toEqual([[1, b.bundleHash]]);
  });

  it('measures each delivered slice against the table definitions sent with the request', () => {
    const quality = [
      tableFixture({
        code: 'A10-1',
        fields: [
          fieldFixture({ key: 'name', label: '姓名', required: true }),
          fieldFixture({ key: 'age', label: '年龄', type: 'integer', max: 40 }),
        ],
      }),
    ];
    const r = viaClone('verify', { bytes: buildBundle().bytes, ctx: plain, quality });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // A6-2 has no definition here: no figure (the page refuses such a slice itself).
    expect(r.value.qualities?.map((q) => [q.departmentCode, q.tableCode, q.quality.rows])).toEqual([
      ['JWC', 'A10-1', 3],
    ]);
    expect(r.value.qualities?.[0]?.quality).toMatchObject({
      completeness: 1,
      errorCells: 0,
      unknownFields: [],
    });
    const plainVerify = viaClone('verify', { bytes: buildBundle().bytes, ctx: plain });
    expect(plainVerify.ok && plainVerify.value.qualities).toBeUndefined();
  });

  it('applies stored sequence entries: the same bundle is a no-op, another with its number a hard error', () => {
    const b = buildBundle();
    const m = viaClone('peek', { bytes: b.bytes });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const sequences = [
      {
        keyId: m.value.keyId,
        addressee: m.value.addressee,
        lastSeq: 1,
        hashes: [[1, b.bundleHash]] as [number, string][],
      },
    ];
    const again = viaClone('verify', { bytes: b.bytes, ctx: { ...plain, sequences } });
    expect(again.ok && again.value.verified.status).toBe('already-imported');
    const other = viaClone('verify', {
      bytes: buildBundle({ fields: { bundleId: '11111111-1111-4111-8111-111111111111' } }).bytes,
      ctx: { ...plain, sequences },
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflicting-bundle' } });
  });

  it('refuses hostile bytes with their Chinese cause and never throws', () => {
    const deep = rezip(buildBundle().bytes, (es) =>
      es.map((e) =>
        e.name === 'manifest.json'
          ? { name: e.name, bytes: bytes('['.repeat(50_000) + ']'.repeat(50_000)) }
          : e,
      ),
    );
    expect(viaClone('peek', { bytes: deep })).toMatchObject({
      ok: false,
      error: { code: 'json-invalid', message: expect.stringContaining('嵌套层数超过') },
    });
    for (const op of ['peek', 'inspect-setup', 'read-registration'] as const) {
      const r = viaClone(op, { bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) });
      expect(r.ok, op).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(viaClone('verify', { bytes: new Uint8Array(0), ctx: plain })).toMatchObject({
      ok: false,
      error: { code: 'archive-damaged' },
    });
  });

  it("sends back files/review.json of the raw payload, nothing else (a forward bundle's originals stay in the Worker)", () => {
    const review = {
      path: 'files/review.json',
      bytes: bytes('{"format":"review","version":1,"submissions":[]}'),
    };
    const b = buildBundle({
      files: [
        tableInput(tableFile('A10-1', 'JWC', 2)),
        review,
        { path: 'files/note.md', bytes: bytes('说明') },
      ],
    });
    const r = viaClone('verify', { bytes: b.bytes, ctx: plain });
    expect(r.ok && [...r.value.verified.files.keys()]).toEqual(['files/review.json']);
    expect(r.ok && [...r.value.verified.tables.keys()]).toHaveLength(1);
  });

  it('checks each table against the delivery rule (catalog, task and route) inside verification', () => {
    const b = buildBundle();
    const r = viaClone('verify', {
      bytes: b.bytes,
      ctx: plain,
      delivery: { here: 'OFFICE', tasks: [], catalogTables: [] },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'table-invalid', message: expect.stringContaining('不在本年度的采集目录或任务中') },
    });
  });
});
