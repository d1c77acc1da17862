/** Progress of the backup or restore running now, for the 备份与恢复 page and the restore notice. */
import { create } from 'zustand';

export interface BackupProgressState {
  /** null when nothing runs. */
  readonly label: string | null;
  readonly percent: number;
  set(label: string | null, percent?: number): void;
}

export const useBackupProgress = create<BackupProgressState>((set) => ({
  label: null,
  percent: 0,
  set: (label, percent = 0) => set({ label, percent: Math.max(0, Math.min(100, Math.round(percent))) }),
}));
