/** Loads the workspace's 整改 items (a department station holds only its own) and reloads on demand. */
import { useCallback, useEffect, useState } from 'react';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import { repository } from '../../data/repository-instance';

const byDue = (a: RectificationItem, b: RectificationItem) =>
  a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);

export function useRectifications(workspaceId: string | null): {
  readonly items: readonly RectificationItem[] | null;
  reload(): Promise<void>;
} {
  const [items, setItems] = useState<readonly RectificationItem[] | null>(null);
  const reload = useCallback(async () => {
    if (workspaceId === null) return;
    setItems((await repository().listRectifications(workspaceId)).sort(byDue));
  }, [workspaceId]);
  useEffect(() => {
    if (workspaceId === null) return;
    let live = true;
    void repository()
      .listRectifications(workspaceId)
      .then((all) => {
        if (live) setItems(all.sort(byDue));
      });
    return () => {
      live = false;
    };
  }, [workspaceId]);
  return { items, reload };
}
