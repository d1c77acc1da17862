import { describe, expect, it } from 'vitest';
import { writeBundle } from './bundle-writer';
import { signBytes } from './ed25519-keys';
import { planForward, verifyForwardContents } from './forward';
import { rezip, bytes, text } from './testing/rezip';
import {
  buildBundle,
  manifestFields,
  officeContext,
  row,
  tableFile,
  tableInput,
  testKeys,
} from './testing/bundle-fixtures';
import { verifyBundle } from './verify-bundle';

const k = testKeys();
// JWC and RSC contribute A10-1 through the summary department XGC.
const jwc = buildBundle({ fields: { addressee: 'XGC' }, files: [tableInput(tableFile('A10-1', 'JWC', 3))] });
const rscTable = {
  tableCode: 'A10-1',
  departmentCode: 'RSC',
  rows: [row(101), { ...row(102), values: { name: '教师1', age: 31 } }],
};
const rsc = buildBundle({
  signer: k.rsc,
  fields: { addressee: 'XGC', sender: { stationRole: 'department', departmentCode: 'RSC' } },
  files: [tableInput(rscTable)],
});

function forward(
  edit?: (files: ReturnType<typeof planForward>['files']) => ReturnType<typeof planForward>['files'],
) {
  const plan = planForward(
    'XGC',
    [
      { departmentCode: 'JWC', seq: 1, bytes: jwc.bytes, tables: [tableFile('A10-1', 'JWC', 3)] },
      { departmentCode: 'RSC', seq: 1, bytes: rsc.bytes, tables: [rscTable] },
    ],
    new Map([['A10-1', [row(200)]]]),
    new Map([['A10-1', ['name']]]),
  );
  const w = writeBundle({
    manifestFields: manifestFields(
      { kind: 'forward', sender: { stationRole: 'summary', departmentCode: 'XGC' } },
      k.summary,
    ),
    files: edit ? edit(plan.files) : plan.files,
    sign: (b) => signBytes(b, k.summary.secretKey),
  });
  if (!w.ok) throw new Error(w.error.message);
  return { plan, bytes: w.value.bytes };
}

describe('forward bundles', () => {
  it('unions contributors, flags natural-key collisions and verifies both layers at the office', () => {
    const { plan, bytes: b } = forward();
    expect(plan.tables).toEqual([{ tableCode: 'A10-1', rows: 6, contributors: ['JWC', 'RSC', 'XGC'] }]);
    expect(plan.collisions).toEqual([{ tableCode: 'A10-1', key: ['教师1'], departments: ['JWC', 'RSC'] }]);
    const outer = verifyBundle(b, officeContext({ acceptKinds: ['forward'] }));
    if (!outer.ok) throw new Error(outer.error.message);
    const inner = verifyForwardContents(outer.value, officeContext());
    if (!inner.ok) throw new Error(inner.error.message);
    expect(inner.value.contributors.map((c) => [c.departmentCode, c.tables[0]?.rows.length])).toEqual([
      ['JWC', 3],
      ['RSC', 2],
    ]);
    expect(inner.value.own.get('A10-1')?.map((r) => r.id)).toEqual([row(200).id]);
  });

  it('refuses a forward whose union alters a contributor row (re-signed by the summary key)', () => {
    const { bytes: b } = forward((files) =>
      files.map((f) =>
        f.path === 'tables/A10-1.json' ? { ...f, bytes: bytes(text(f.bytes).replace('教师2', '教师X')) } : f,
      ),
    );
    const outer = verifyBundle(b, officeContext({ acceptKinds: ['forward'] }));
    if (!outer.ok) throw new Error(outer.error.message);
    const inner = verifyForwardContents(outer.value, officeContext());
    expect(inner.ok ? '' : inner.error.message).toContain('与其签名原件不一致');
  });

  it('refuses a forward carrying a tampered original', () => {
    const badJwc = rezip(jwc.bytes, (es) =>
      es.map((e) =>
        e.name === 'tables/A10-1.json'
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('教师2', '教师Y')) }
          : e,
      ),
    );
    const { bytes: b } = forward((files) =>
      files.map((f) => (f.path === 'files/orig-JWC-1.sdd' ? { ...f, bytes: badJwc } : f)),
    );
    const outer = verifyBundle(b, officeContext({ acceptKinds: ['forward'] }));
    if (!outer.ok) throw new Error(outer.error.message);
    const inner = verifyForwardContents(outer.value, officeContext());
    expect(inner.ok ? '' : inner.error.message).toMatch(
      /orig-JWC-1\.sdd 的原始数据包未通过校验：文件 tables\/A10-1\.json 已被改动/,
    );
  });
});
