/**
 * The open return of this slice (退回整改) and its cell comments, for the department's grid: the
 * submission is read fresh when the table opens (a head may have returned it a minute ago on this very
 * station), the rows stored at the return give each cell's returned value, and every edit re-pins.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoredRow } from '../../../shared/records/record-types';
import { openReturn, type ReturnTask } from '../../../shared/review/open-returns';
import { RETURN_SNAPSHOT_LEVEL } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import type { GridExtras } from './grid-extras';
import type { GridStore } from './grid-store';
import { pinComments } from './pinned-comments';

export function usePinnedComments(store: GridStore, extras: GridExtras): void {
  const rows = useStore(store.api, (s) => s.rows);
  const workspaceId = useWorkspaceData((s) => s.data?.workspace.id);
  const { departmentCode, tableCode } = store.deps.slice;
  const [ret, setRet] = useState<ReturnTask | null>(null);
  const [returnedRows, setReturnedRows] = useState<readonly StoredRow[] | null>(null);

  useEffect(() => {
    if (!workspaceId) return;
    let cancelled = false;
    void (async () => {
      const repo = repository();
      const submission = (await repo.listSubmissions(workspaceId)).find(
        (s) => s.departmentCode === departmentCode && s.tableCode === tableCode,
      );
      const open = submission ? openReturn(submission) : null;
      const snapshot =
        open && open.comments.length > 0
          ? (await repo.loadReviewSnapshots({ workspaceId, tableCode, departmentCode }))
              .filter((s) => s.level === RETURN_SNAPSHOT_LEVEL)
              .sort((a, b) => a.at.localeCompare(b.at))
              .at(-1)
          : undefined;
      if (cancelled) return;
      setRet(open);
      setReturnedRows(snapshot?.rows ?? null);
    })().catch((e: unknown) => console.error('pinned comments failed', e));
    return () => {
      cancelled = true;
    };
  }, [workspaceId, departmentCode, tableCode]);

  const comments = useMemo(() => pinComments(ret, returnedRows, rows), [ret, returnedRows, rows]);
  useEffect(() => {
    extras.setState((s) => (s.comments === comments ? s : { comments, version: s.version + 1 }));
  }, [comments, extras]);
}
