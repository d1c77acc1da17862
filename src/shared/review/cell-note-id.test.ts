import { describe, expect, it } from 'vitest';
import { cellNoteId, parseCellNoteId } from './cell-note-id';

describe('cell note ids', () => {
  it('round-trips a row id that holds colons', () => {
    const id = cellNoteId('blank:', 'r:1:2', 'name');
    expect(id).toBe('blank:r:1:2:name');
    expect(parseCellNoteId(id, 'blank:')).toEqual({ rowId: 'r:1:2', fieldKey: 'name' });
  });

  it('names no cell for another kind, a missing row id or a missing separator', () => {
    expect(parseCellNoteId('dropped:r1:name', 'blank:')).toBeNull();
    expect(parseCellNoteId('blank::name', 'blank:')).toBeNull();
    expect(parseCellNoteId('blank:r1', 'blank:')).toBeNull();
  });
});
