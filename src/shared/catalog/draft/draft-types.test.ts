import { describe, expect, it } from 'vitest';
import { draftEntries } from './draft-types';

describe('draftEntries', () => {
  it('reads all 63 entries of the bundled draft, 24 of them without fields', () => {
    const entries = draftEntries();
    expect(entries).toHaveLength(63);
    expect(entries.filter((e) => (e.fields ?? []).length === 0)).toHaveLength(24);
  });

  it('keeps the combined A7-1-2/A7-1-3 entry and the unofficial summary as the draft has them', () => {
    const codes = draftEntries().map((e) => e.code);
    expect(codes).toContain('A7-1-2/A7-1-3');
    expect(codes).toContain('(A1/A9-1 附)');
  });
});
