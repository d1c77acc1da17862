import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { newAnnexEntry, type AnnexEntry, type AnnexEntryInput } from './annex-entry';
import {
  ANNEX_BUNDLE_ENTRY,
  annexBundleEntryBytes,
  planAnnexMerge,
  readAnnexBundleEntry,
} from './annex-bundle-entry';
import { departmentNamer } from '../departments/department-names';
import { BUILTIN_ANNEXES } from './builtin-annexes';

const AT = '2026-10-01T00:00:00.000Z';
function entry(over: Partial<AnnexEntryInput> = {}): AnnexEntry {
  const r = newAnnexEntry(
    BUILTIN_ANNEXES,
    {
      rowId: 'scorecard.monthly-income',
      column: 1,
      departmentCode: 'ZJC',
      value: 4820,
      source: '2025届毕业生跟踪调查报告',
      evidence: '调查报告.pdf',
      ...over,
    },
    '招就处信息员',
    AT,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const files = (bytes: Uint8Array) => new Map([[ANNEX_BUNDLE_ENTRY, bytes]]);
const raw = (entries: unknown[]) =>
  files(new TextEncoder().encode(canonicalJson({ format: 'annex-entries', version: 1, entries })));

describe('annex figures in a data bundle', () => {
  it('reads back what the department wrote, as 已填报 without a review', () => {
    const approvedHere = { ...entry(), state: 'approved' as const, review: { by: 'x', at: AT, note: '' } };
    const r = readAnnexBundleEntry(files(annexBundleEntryBytes([approvedHere])), 'ZJC', BUILTIN_ANNEXES);
    expect(r.ok && r.value).toEqual([entry()]);
  });

  it('reads nothing from a bundle without the entry', () => {
    expect(readAnnexBundleEntry(new Map(), 'ZJC', BUILTIN_ANNEXES)).toEqual({ ok: true, value: [] });
  });

  it('refuses a figure in another department’s name', () => {
    const r = readAnnexBundleEntry(raw([entry({ departmentCode: 'TW' })]), 'ZJC', BUILTIN_ANNEXES);
    expect(!r.ok && r.error.message).toContain('不是ZJC填报的数值');
  });

  it('refuses a figure carrying a review (only the office reviews)', () => {
    const e = { ...entry(), state: 'approved', review: { by: '自批', at: AT, note: '' } };
    const r = readAnnexBundleEntry(raw([e]), 'ZJC', BUILTIN_ANNEXES);
    expect(!r.ok && r.error.message).toContain('审核只能由督导室进行');
  });

  it('refuses a figure for a computed row, one without a source, a repeated cell and a bad shape', () => {
    const computed = { ...entry(), rowId: 'resources.student-teacher-ratio' };
    expect(readAnnexBundleEntry(raw([computed]), 'ZJC', BUILTIN_ANNEXES).ok).toBe(false);
    const noSource = { ...entry(), entry: { ...entry().entry, source: ' ' } };
    expect(readAnnexBundleEntry(raw([noSource]), 'ZJC', BUILTIN_ANNEXES).ok).toBe(false);
    const twice = readAnnexBundleEntry(raw([entry(), entry()]), 'ZJC', BUILTIN_ANNEXES);
    expect(!twice.ok && twice.error.message).toContain('重复');
    const shape = readAnnexBundleEntry(raw([{ ...entry(), extra: 1 }]), 'ZJC', BUILTIN_ANNEXES);
    expect(!shape.ok && shape.error.message).toContain('格式不符');
  });

  it('refuses a bundle entry that is not JSON', () => {
    const r = readAnnexBundleEntry(files(new TextEncoder().encode('{')), 'ZJC', BUILTIN_ANNEXES);
    expect(r.ok).toBe(false);
  });
});

describe('merging the figures at the office', () => {
  it('stores new and changed figures, keeps an approved one sent again unchanged', () => {
    const approved = { ...entry(), state: 'approved' as const, review: { by: '吴', at: AT, note: '' } };
    const changed = entry({ column: 0, value: 4500 });
    const heldChanged = { ...entry({ column: 0, value: 4400 }), state: 'approved' as const };
    const r = planAnnexMerge([approved, heldChanged], [entry(), changed]);
    expect(r.ok && r.value).toEqual({ put: [changed], unchanged: 1 });
  });

  it('refuses a figure the office or another department owns', () => {
    const office = entry({ departmentCode: '' });
    const r = planAnnexMerge([office], [entry()]);
    expect(!r.ok && r.error.message).toContain('由督导室填报');
    const other = planAnnexMerge([entry({ departmentCode: 'TW' })], [entry()]);
    expect(!other.ok && other.error.message).toContain('TW');
    const named = planAnnexMerge(
      [entry({ departmentCode: 'TW' })],
      [entry()],
      departmentNamer([
        { code: 'TW', name: '团委会' },
        { code: 'ZJC', name: '质检处' },
      ]),
    );
    expect(!named.ok && named.error.message).toBe(
      '附表“scorecard.monthly-income”的数值由团委会填报，质检处不能替换，已拒绝。',
    );
  });
});
