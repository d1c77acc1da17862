/**
 * Excel's comment box: beside the hovered cell — or the active one when nothing marked is hovered — the
 * reviewer's pinned comment (and whether the value has changed since the return), the failed rules
 * reading that cell and the value an import could not read there. It never takes the mouse or the focus.
 */
import { useStore } from 'zustand';
import type { CellBounds } from './CellEditor';
import { cellNotes, valueLabel } from './cell-notes';
import { gridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { levelOf } from './rule-marks';
import { T } from './texts';

export interface NoteAt {
  readonly col: number;
  readonly row: number;
}

export interface CellNoteProps {
  readonly store: GridStore;
  readonly hover: NoteAt | null;
  boundsOf(col: number, row: number): CellBounds | null;
  /** Width of the grid area: a box that would not fit right of its cell goes below it. */
  areaWidth(): number;
  /** Changes on scroll, so the box follows its cell. */
  readonly tick: number;
}

const NOTE_WIDTH = 280;

export function CellNote({ store, hover, boundsOf, areaWidth }: CellNoteProps) {
  const extras = gridExtras(store);
  useStore(extras, (x) => x.version);
  const activeCol = useStore(store.api, (s) => s.selection.active.col);
  const activeRow = useStore(store.api, (s) => s.selection.active.row);
  useStore(store.api, (s) => s.version);
  const at = hover ?? { col: activeCol, row: activeRow };
  const notes = cellNotes(store.api.getState(), extras.getState(), at.col, at.row);
  const b = notes ? boundsOf(at.col, at.row) : null;
  if (!notes || !b) return null;
  const { comment, rules, dropped } = notes;
  const right = b.left + b.width + 6 + NOTE_WIDTH <= areaWidth();
  return (
    <div
      role="note"
      data-testid="cell-note"
      style={{
        position: 'absolute',
        left: right ? b.left + b.width + 6 : Math.max(0, Math.min(b.left, areaWidth() - NOTE_WIDTH)),
        top: right ? b.top : b.top + b.height + 4,
        zIndex: 5,
        width: 'max-content',
        maxWidth: NOTE_WIDTH,
        background: '#fffef0',
        border: '1px solid #d9d9d9',
        boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
        borderRadius: 4,
        padding: '6px 10px',
        fontSize: 12,
        lineHeight: 1.6,
        pointerEvents: 'none',
        whiteSpace: 'pre-wrap',
      }}
    >
      {comment && (
        <div data-testid="cell-note-comment">
          <div style={{ fontWeight: 600, color: comment.changed ? '#389e0d' : '#cf1322' }}>
            {T.commentBy(comment.by)} · {comment.changed ? T.commentChanged : T.commentOpen}
          </div>
          <div>{comment.text}</div>
          {comment.changed && (
            <div style={{ color: '#8c8c8c' }}>
              {T.commentValues(valueLabel(comment.returned), valueLabel(comment.current))}
            </div>
          )}
        </div>
      )}
      {dropped && (
        <div data-testid="cell-note-dropped" style={{ color: '#0958d9' }}>
          {dropped.text}
        </div>
      )}
      {rules.map((r) => (
        <div key={r.ruleId} style={{ color: levelOf(r.importance) === 'error' ? '#cf1322' : '#ad4e00' }}>
          {levelOf(r.importance) === 'error' ? T.ruleError : T.ruleWarning}：{r.message}
        </div>
      ))}
    </div>
  );
}
