/**
 * Where a frozen slice stands for 实时采集 at its filling station (shared/review/slice-update.ts,
 * update-request.ts): the due update point 更新 answers, whether it may 申请更新 instead, how a request
 * travels and the latest request. Read once per slice for the read-only notice and the 更新 bar, so the
 * two always say the same thing.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Submission } from '../../../shared/review/review-types';
import { dueUpdatePoint } from '../../../shared/review/slice-update';
import type { UpdateRequest } from '../../../shared/review/update-request';
import { toYyyymmdd } from '../../../shared/tasks/my-tasks';
import { updateKind } from '../../../shared/tasks/update-points';
import { useWorkspaceData } from '../../data/workspace-data-store';
import type { GridStore } from './grid-store';

const localDay = (iso: string) => toYyyymmdd(new Date(iso));

export interface UpdateStanding {
  /** The due update point 更新 answers (YYYYMMDD; today for a table updated on change), or null. */
  readonly point: string | null;
  /** The table is updated when its facts change (发生变化时), so 更新 is open on any day. */
  readonly onChange: boolean;
  /** The slice may be asked for (frozen, not locked, no point due). */
  readonly askable: boolean;
  /** How a request travels (texts.ts U.askHint): a summary department's name, 'own' forward, or null. */
  readonly via: string | null;
  readonly last: UpdateRequest | undefined;
}

/** The standing of the store's slice when it is frozen at its own station (else null), and a re-read. */
export function useUpdateStanding(store: GridStore): {
  readonly standing: UpdateStanding | null;
  readonly refresh: () => void;
} {
  const { repo, slice } = store.deps;
  const frozen = useStore(store.api, (s) => s.frozen);
  const station = useWorkspaceData((s) => s.data?.workspace.station);
  const departments = useWorkspaceData((s) => s.data?.departments);
  const [standing, setStanding] = useState<UpdateStanding | null>(null);
  const [tick, setTick] = useState(0);
  const own =
    station !== undefined && station.role !== 'office' && station.departmentCode === slice.departmentCode;
  useEffect(() => {
    if (!frozen || !own) return;
    let live = true;
    const mine = (s: { tableCode: string; departmentCode: string }) =>
      s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode;
    void Promise.all([
      repo.listSubmissions(slice.workspaceId),
      repo.listSlices(slice.workspaceId),
      repo.listUpdateRequests(slice.workspaceId),
      // Read fresh: the office's next setup bundle may have moved the update points since sign-in.
      repo.loadTasks(slice.workspaceId),
    ]).then(([subs, slices, requests, tasks]) => {
      const task = tasks.find((t) => t.tableCode === slice.tableCode);
      const sub: Submission | undefined = subs.find(mine);
      const at = slices.find(mine)?.updatedAt ?? null;
      const due = dueUpdatePoint(sub, task, at, toYyyymmdd(new Date()), localDay);
      const summary = task?.summaryDepartment ?? null;
      const via =
        summary === null
          ? null
          : summary === slice.departmentCode
            ? 'own'
            : (departments?.find((d) => d.code === summary)?.name ?? summary);
      if (live)
        setStanding({
          point: due.ok ? due.value : null,
          onChange: updateKind(task) === 'on-change',
          askable: !due.ok && due.error.code === 'no-update-point',
          via,
          last: requests.filter(mine).at(-1),
        });
    });
    return () => {
      live = false;
    };
  }, [repo, slice, frozen, own, tick, departments]);
  return { standing: frozen && own ? standing : null, refresh: () => setTick((n) => n + 1) };
}
