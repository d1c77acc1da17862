/**
 * The grid's 留空说明 and import notes (values a spreadsheet import left empty): read from the slice's
 * review record into the grid's extras (when the table opens, after a note is saved and after an
 * import), and how many empty required cells they explain, so the counters show
 * explained blanks apart from the ones still to fill (shared/review/blank-notes.ts).
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { countExplainedEmpty, explainedBlanks } from '../../../shared/review/blank-notes';
import { droppedNotes as importNotes } from '../../../shared/sheets/dropped-notes';
import { gridExtras } from './grid-extras';
import type { GridStore } from './grid-store';

export async function loadBlankNotes(store: GridStore): Promise<void> {
  const { repo, slice } = store.deps;
  const own = (await repo.listSubmissions(slice.workspaceId)).find(
    (s) => s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode,
  );
  const blankNotes = explainedBlanks(own?.justifications ?? {});
  const droppedNotes = importNotes(own?.justifications ?? {});
  gridExtras(store).setState((x) => ({ blankNotes, droppedNotes, version: x.version + 1 }));
}

export interface RequiredCounts {
  /** Empty required cells without a 留空说明: still to fill. */
  readonly open: number;
  /** Empty required cells a 留空说明 explains: they do not block. */
  readonly explained: number;
}

/** The required-empty count split into open and explained cells. */
export function useRequiredCounts(store: GridStore): RequiredCounts {
  const total = useStore(store.api, (s) => s.issues.counts.requiredEmpty);
  const rows = useStore(store.api, (s) => s.rows);
  const notes = useStore(gridExtras(store), (x) => x.blankNotes);
  const explained = useMemo(
    () => countExplainedEmpty(store.deps.table.fields, rows, notes),
    [store, rows, notes],
  );
  // The issue index may still be counting a large table while the notes are already known.
  return { open: Math.max(0, total - explained), explained: Math.min(explained, total) };
}
