import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../../../../shared/records/record-types';
import { applyChanges, invertChanges, savePlan } from './row-changes';
import { EMPTY_UNDO, pushUndo, takeRedo, takeUndo } from './undo-stack';

const row = (id: string, v: string | null = id): StoredRow => ({
  id,
  values: { a: v },
  by: 'u',
  at: 't',
  src: 'typed',
});
const ids = (rows: StoredRow[]) => rows.map((r) => `${r.id}:${String(r.values.a)}`);

describe('row changes', () => {
  const base = [row('a'), row('b'), row('c'), row('d')];

  it('applies updates and appends, saved with applyRowEdits, and inverts back', () => {
    const changes = [
      { index: 1, before: base[1] as StoredRow, after: row('b', 'B') },
      { index: 4, before: null, after: row('e') },
    ];
    const after = applyChanges(base, changes);
    expect(ids(after)).toEqual(['a:a', 'b:B', 'c:c', 'd:d', 'e:e']);
    expect(savePlan(changes, after.length)).toEqual({
      kind: 'edits',
      upserts: [row('b', 'B'), row('e')],
      deletes: [],
    });
    expect(applyChanges(after, invertChanges(changes))).toEqual(base);
  });

  it('deletes rows and puts them back at their places on undo, which needs a slice commit', () => {
    const changes = [
      { index: 1, before: base[1] as StoredRow, after: null },
      { index: 3, before: base[3] as StoredRow, after: null },
    ];
    const after = applyChanges(base, changes);
    expect(ids(after)).toEqual(['a:a', 'c:c']);
    expect(savePlan(changes, after.length)).toEqual({ kind: 'edits', upserts: [], deletes: ['b', 'd'] });
    const undo = invertChanges(changes);
    const back = applyChanges(after, undo);
    expect(back).toEqual(base);
    expect(savePlan(undo, back.length)).toEqual({ kind: 'commit' });
  });

  it('inserts rows in the middle (a slice commit) and at the end (edits)', () => {
    const mid = [{ index: 1, before: null, after: row('x') }];
    expect(ids(applyChanges(base, mid))).toEqual(['a:a', 'x:x', 'b:b', 'c:c', 'd:d']);
    expect(savePlan(mid, 5).kind).toBe('commit');
    expect(savePlan([{ index: 4, before: null, after: row('x') }], 5).kind).toBe('edits');
  });
});

describe('undo stack', () => {
  it('undoes and redoes whole actions and clears redo on a new action', () => {
    const c = [{ index: 0, before: row('a'), after: row('a', 'A') }];
    let s = pushUndo(EMPTY_UNDO, { label: '编辑', changes: c });
    const u = takeUndo(s);
    expect(u?.entry.changes[0]?.after).toEqual(row('a'));
    s = u?.stack ?? s;
    const r = takeRedo(s);
    expect(r?.entry.changes).toEqual(c);
    expect(takeRedo(r?.stack ?? s)).toBeNull();
    const pushed = pushUndo(s, { label: '粘贴', changes: c });
    expect(pushed.undone).toHaveLength(0);
    expect(takeUndo(EMPTY_UNDO)).toBeNull();
  });
});
