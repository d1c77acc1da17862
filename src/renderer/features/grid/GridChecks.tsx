/** Runs the grid's checks beyond cell validation (rules, pinned comments) without re-rendering the canvas. */
import { memo } from 'react';
import { gridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { usePinnedComments } from './use-pinned-comments';
import { useRuleMarks } from './use-rule-marks';
import { useTableRules } from './use-table-rules';

/** Memoised: the grid re-renders on every selection move, and these checks depend on the store alone. */
export const GridChecks = memo(function GridChecks({ store }: { store: GridStore }) {
  const extras = gridExtras(store);
  useRuleMarks(store, extras);
  useTableRules(store, extras);
  usePinnedComments(store, extras);
  return null;
});
