import { describe, expect, it } from 'vitest';
import { draftEntries } from '../draft/draft-types';
import type { DraftEntry } from '../draft/draft-types';
import {
  COMBINED_LEADER_CODE,
  expandDraftEntries,
  LEADER_SPLIT,
  LEADER_SPLIT_DROPPED,
  SUMMARY_CODE,
} from './draft-expansion';

describe('expandDraftEntries', () => {
  it('yields 64 table drafts from the 63 entries, in draft order', () => {
    const drafts = expandDraftEntries(draftEntries());
    expect(drafts).toHaveLength(64);
    expect(drafts.slice(0, 3).map((d) => d.code)).toEqual(['A1', 'A1-6', 'A2']);
  });

  it('accounts for every field of the combined leader entry: split or explicitly dropped', () => {
    const combined = draftEntries().find((e) => e.code === COMBINED_LEADER_CODE);
    const splitKeys = new Set<string>([...LEADER_SPLIT['A7-1-2'].keys, ...LEADER_SPLIT['A7-1-3'].keys]);
    for (const f of combined?.fields ?? []) {
      expect(splitKeys.has(f.key) || LEADER_SPLIT_DROPPED.includes(f.key), f.key).toBe(true);
    }
    expect(combined?.fields?.length).toBe(11);
  });

  it('gives the summary an ASCII code and keeps the draft code as the official one', () => {
    const summary = expandDraftEntries(draftEntries()).find((d) => d.code === SUMMARY_CODE);
    expect(summary).toMatchObject({ officialCode: '(A1/A9-1 附)', supplementary: true });
  });

  it('refuses a draft code that is not a safe table code (a mapping bug)', () => {
    const bad: DraftEntry = { code: 'A9/1', name: 'x', category: 'x', period: 'point', ownerDept: '' };
    expect(() => expandDraftEntries([bad])).toThrow(/A9\/1/);
  });
});
