import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnMemo, MEMO_PER_COLUMN, MEMO_PROBE } from './column-memo';

describe('ColumnMemo', () => {
  it('answers every key as the conversion does, whatever the mix of repeated and unique keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('是', '否', '男'), fc.string()), { maxLength: 800 }),
        (keys) => {
          const memo = new ColumnMemo((k: string) => ({ length: k.length, text: k }));
          for (const k of keys) expect(memo.get(k)).toEqual({ length: k.length, text: k });
        },
      ),
    );
  });

  it('converts a repeated key once while the column repeats itself', () => {
    let calls = 0;
    const memo = new ColumnMemo((k: number) => (calls++, k * 2));
    for (let i = 0; i < 10 * MEMO_PROBE; i++) expect(memo.get(i % 5)).toBe((i % 5) * 2);
    expect(calls).toBe(5);
  });

  it('stops remembering a column of unique keys after the probe, and past its size in any case', () => {
    let calls = 0;
    const unique = new ColumnMemo((k: number) => (calls++, k));
    for (let i = 0; i < MEMO_PROBE; i++) unique.get(i);
    // Looked up again, a key seen in the probe is converted again: the column is no longer remembered.
    calls = 0;
    unique.get(0);
    expect(calls).toBe(1);

    calls = 0;
    const mixed = new ColumnMemo((k: number) => (calls++, k));
    // Half the probe repeats one key (it pays), then more distinct keys than the memo holds.
    for (let i = 0; i < MEMO_PROBE; i++) mixed.get(i % 2 === 0 ? -1 : i);
    for (let i = 0; i < MEMO_PER_COLUMN + 10; i++) mixed.get(1_000_000 + i);
    calls = 0;
    mixed.get(-1);
    mixed.get(1_000_000 + MEMO_PER_COLUMN + 5);
    expect(calls).toBe(1);
  });
});
