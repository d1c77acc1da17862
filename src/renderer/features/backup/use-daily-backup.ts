/**
 * Daily backup: when a workspace is opened and its newest backup is older than a day, one is taken in
 * the background. A failure is only logged — the next open tries again, and operations that change a
 * lot (imports, merges, catalog changes) take their own backup first anyway.
 */
import { useEffect } from 'react';
import { backupService } from './backup-service';

export function useDailyBackup(workspaceId: string): void {
  useEffect(() => {
    const service = backupService();
    if (!service) return;
    // Let the workspace's first screen load before reading the whole workspace.
    const timer = setTimeout(() => {
      void service.ensureDailyBackup(workspaceId).then((r) => {
        if (!r.ok) console.warn('daily backup failed', r.error.message);
      });
    }, 1500);
    return () => clearTimeout(timer);
  }, [workspaceId]);
}
