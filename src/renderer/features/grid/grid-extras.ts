/**
 * What the grid shows beside the cells' own validation: row-rule failures, table-level rule results
 * (本站无法判断 included), a return's pinned comments, the slice's 留空说明 and the values an import left empty. Kept in a small store next to each grid store
 * (not in it), computed by GridChecks and read by the canvas, the toolbar and the issue panel.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BlankNote } from '../../../shared/review/blank-notes';
import type { Justification } from '../../../shared/review/review-types';
import type { RuleImportance, RuleStatus } from '../../../shared/rules/rule-types';
import type { GridStore } from './grid-store';
import { NO_COMMENTS, type CommentIndex } from './pinned-comments';
import { emptyRuleMarks, levelOf, type RuleMarkIndex } from './rule-marks';

/** A rule judged over the whole table (or undecidable here): it has no single cell. */
export interface TableRuleItem {
  readonly ruleId: string;
  readonly name: string;
  readonly status: Extract<RuleStatus, 'fail' | 'undecidable'>;
  readonly importance: RuleImportance;
  /** The failure message, or why this station cannot judge the rule. */
  readonly text: string;
}

export interface ExtrasState {
  readonly ruleMarks: RuleMarkIndex;
  /** Rule id → name, for the panel. */
  readonly ruleNames: ReadonlyMap<string, string>;
  readonly tableRules: readonly TableRuleItem[];
  readonly comments: CommentIndex;
  /** The slice's 留空说明, keyed by blankCellKey (read from its review record). */
  readonly blankNotes: ReadonlyMap<string, BlankNote>;
  /** What a spreadsheet import could not read and left empty: row id → field key → note (dropped-notes.ts). */
  readonly droppedNotes: ReadonlyMap<string, ReadonlyMap<string, Justification>>;
  /** Bumped whenever any of the above changes (the index is mutated in place). */
  readonly version: number;
}

export type GridExtras = StoreApi<ExtrasState>;

const extras = new WeakMap<GridStore, GridExtras>();

export function gridExtras(store: GridStore): GridExtras {
  let api = extras.get(store);
  if (!api) {
    api = createStore<ExtrasState>(() => ({
      ruleMarks: emptyRuleMarks(),
      ruleNames: new Map(),
      tableRules: [],
      comments: NO_COMMENTS,
      blankNotes: new Map(),
      droppedNotes: new Map(),
      version: 0,
    }));
    extras.set(store, api);
  }
  return api;
}

/** Errors and warnings from rules: failing (row, rule) pairs plus failed table rules. */
export function ruleCounts(s: ExtrasState): { errors: number; warnings: number; undecidable: number } {
  let { errors, warnings } = s.ruleMarks.counts;
  let undecidable = 0;
  for (const t of s.tableRules) {
    if (t.status === 'undecidable') undecidable++;
    else if (levelOf(t.importance) === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, undecidable };
}
