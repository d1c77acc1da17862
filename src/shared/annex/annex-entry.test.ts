import { describe, expect, it } from 'vitest';
import { enteredByRow, newAnnexEntry, reviewAnnexEntry, type AnnexEntryInput } from './annex-entry';
import { BUILTIN_ANNEXES } from './builtin-annexes';

const AT = '2026-10-01T00:00:00.000Z';
const input = (over: Partial<AnnexEntryInput> = {}): AnnexEntryInput => ({
  rowId: 'scorecard.monthly-income',
  column: 1,
  departmentCode: 'ZJC',
  value: 4820,
  source: '2025届毕业生跟踪调查报告',
  evidence: '调查报告.pdf',
  ...over,
});

describe('entered annex figures', () => {
  it('stores a typed figure with its source and evidence as 已填报', () => {
    const r = newAnnexEntry(BUILTIN_ANNEXES, input(), '招就处信息员', AT);
    expect(r.ok && r.value).toMatchObject({
      rowId: 'scorecard.monthly-income',
      column: 1,
      state: 'submitted',
      review: null,
      entry: {
        value: 4820,
        source: '2025届毕业生跟踪调查报告',
        evidence: '调查报告.pdf',
        enteredBy: '招就处信息员',
      },
    });
  });

  it('refuses a figure without a source, naming the row', () => {
    const r = newAnnexEntry(BUILTIN_ANNEXES, input({ source: '  ' }), 'u', AT);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('月收入');
    expect(!r.ok && r.error.message).toContain('数据来源');
  });

  it('refuses a typed number for a computed row, and an unknown row', () => {
    const computed = newAnnexEntry(BUILTIN_ANNEXES, input({ rowId: 'scorecard.employment-rate' }), 'u', AT);
    expect(!computed.ok && computed.error.code).toBe('annex-row-computed');
    const unknown = newAnnexEntry(BUILTIN_ANNEXES, input({ rowId: 'no.such-row' }), 'u', AT);
    expect(!unknown.ok && unknown.error.code).toBe('annex-row-unknown');
    const nan = newAnnexEntry(BUILTIN_ANNEXES, input({ value: Number.NaN }), 'u', AT);
    expect(!nan.ok && nan.error.code).toBe('annex-entry-invalid');
  });

  it('is approved once, or returned with a reason; a returned figure drops out of the annex', () => {
    const e = newAnnexEntry(BUILTIN_ANNEXES, input(), 'u', AT);
    if (!e.ok) throw new Error('fixture');
    const approved = reviewAnnexEntry(e.value, { kind: 'approve' }, '教务处', AT);
    expect(approved.ok && approved.value.state).toBe('approved');
    if (!approved.ok) return;
    expect(reviewAnnexEntry(approved.value, { kind: 'approve' }, 'x', AT).ok).toBe(false);
    expect(reviewAnnexEntry(e.value, { kind: 'return', note: ' ' }, 'x', AT).ok).toBe(false);
    const returned = reviewAnnexEntry(approved.value, { kind: 'return', note: '与调查报告不符' }, 'x', AT);
    expect(returned.ok && returned.value.review?.note).toBe('与调查报告不符');
    if (!returned.ok) return;
    expect(enteredByRow([returned.value]).size).toBe(0);
    expect(enteredByRow([e.value]).get('scorecard.monthly-income')?.[1]?.value).toBe(4820);
    expect(enteredByRow([e.value], true).size).toBe(0);
  });
});
