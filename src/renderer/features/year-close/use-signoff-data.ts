/**
 * What the sign-off page reads: submissions, slice row counts, 整改 items and the audit chain (for the
 * latest lock and the 审定前快照), reloaded after each write of the page.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AuditEvent } from '../../../shared/audit/audit-chain';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import type { Submission } from '../../../shared/review/review-types';
import type { SliceSummary } from '../../data/repository';
import { repository } from '../../data/repository-instance';

export interface SignoffData {
  readonly submissions: readonly Submission[];
  readonly slices: readonly SliceSummary[];
  readonly items: readonly RectificationItem[];
  readonly events: readonly AuditEvent[];
}

async function loadSignoffData(workspaceId: string): Promise<SignoffData> {
  const repo = repository();
  const [submissions, slices, items, events] = await Promise.all([
    repo.listSubmissions(workspaceId),
    repo.listSlices(workspaceId),
    repo.listRectifications(workspaceId),
    repo.loadAuditEvents(workspaceId),
  ]);
  return { submissions, slices, items, events };
}

export function useSignoffData(workspaceId: string | undefined) {
  const [data, setData] = useState<SignoffData | null>(null);
  const reload = useCallback(async () => {
    if (workspaceId !== undefined) setData(await loadSignoffData(workspaceId));
  }, [workspaceId]);
  useEffect(() => {
    if (workspaceId === undefined) return;
    let live = true;
    void loadSignoffData(workspaceId).then((d) => {
      if (live) setData(d);
    });
    return () => {
      live = false;
    };
  }, [workspaceId]);
  return { data, reload };
}
