/**
 * A bundle file waiting to be opened on the 导入数据包 tab, and `openBundleFromBytes` — the entry point
 * for files that arrive from outside the page (Electron's .sdd file association): it stages
 * the file and navigates to the import preview, where it is verified like a file picked there.
 */
import { create } from 'zustand';
import { useSession } from '../../app/session-store';
import { registerLaunchFileHandler } from '../../app/launch-files';

export interface IncomingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface IncomingState {
  readonly staged: IncomingFile | null;
  /** The tab the exchange page shows (the page reads it on open). */
  readonly tab: string | null;
  stage(file: IncomingFile | null): void;
  take(): IncomingFile | null;
  showTab(tab: string | null): void;
}

export const useIncoming = create<IncomingState>((set, get) => ({
  staged: null,
  tab: null,
  stage: (file) => set({ staged: file }),
  take: () => {
    const file = get().staged;
    set({ staged: null });
    return file;
  },
  showTab: (tab) => set({ tab }),
}));

/**
 * Opens a bundle file in the import preview of the open workspace; with none open yet, the file waits
 * and opens when the user next goes to 数据交换 (after choosing the year and signing in).
 */
export function openBundleFromBytes(name: string, bytes: Uint8Array): void {
  useIncoming.setState({ staged: { name, bytes }, tab: 'import' });
  if (useSession.getState().workspaceId !== null) useSession.getState().go('exchange');
}

// Files the OS opened the app with (.sdd double-click) come here.
registerLaunchFileHandler(openBundleFromBytes);
