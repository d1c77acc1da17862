/**
 * The Platform adapter (docs/ARCHITECTURE.md §2): everything the UI needs from outside the page — files, app
 * facts, the sentinel and the bundle sequence mark — behind one interface with an Electron variant
 * (window.api → main-process handlers) and a browser variant (file input, downloads, localStorage).
 * Features depend on this interface only, so the same UI runs in both builds.
 */
import type { ChannelValue, FileFilter } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import type { StationKeys } from './station-keys';
import type { BackupFolder, LaunchFiles } from './backup-folder-types';

export type { FileFilter } from '../../shared/ipc/contract';
export type { BackupFileInfo, BackupFolder, LaunchFiles } from './backup-folder-types';

export type AppInfo = ChannelValue<'app:info'>;

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** `location` is the full path in Electron and the download's file name in the browser. */
export type SaveOutcome =
  { readonly kind: 'saved'; readonly location: string } | { readonly kind: 'cancelled' };
export type OpenOutcome =
  { readonly kind: 'opened'; readonly file: OpenedFile } | { readonly kind: 'cancelled' };
/** Several files, in the order the user picked them (at least one). */
export type OpenManyOutcome =
  { readonly kind: 'opened'; readonly files: readonly OpenedFile[] } | { readonly kind: 'cancelled' };

export interface SaveFileRequest {
  /** A bare file name, e.g. `2025-2026-教务处-数据包.sdd`. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly filters?: FileFilter[];
}

export interface OpenFileRequest {
  readonly filters: FileFilter[];
  /** Refuse larger files before reading them (default and cap: MAX_OPEN_BYTES). */
  readonly maxBytes?: number;
}

/** (signing key, addressee): the scope a bundle sequence counts in (docs/ARCHITECTURE.md §6). */
export interface SeqScope {
  readonly keyId: string;
  readonly addressee: string;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Version, data folder (设置 shows it) and OS platform (`browser` in the web build). */
  appInfo(): Promise<Result<AppInfo>>;
  /** Folder for logical backups in Electron; null in the browser, where backups are downloads. */
  backupDir(): Promise<Result<string | null>>;
  /** Save dialog in Electron, a download in the browser. Cancelling is not an error. */
  saveFile(request: SaveFileRequest): Promise<Result<SaveOutcome>>;
  /** Open dialog in Electron, a file input in the browser. */
  openFile(request: OpenFileRequest): Promise<Result<OpenOutcome>>;
  /** The same with several files picked at once (each held to maxBytes, all to MAX_OPEN_FILES / MAX_OPEN_TOTAL_BYTES). */
  openFiles(request: OpenFileRequest): Promise<Result<OpenManyOutcome>>;
  /** The sentinel text (format: src/renderer/db/sentinel.ts) kept outside IndexedDB; null if never saved. */
  loadSentinel(): Promise<Result<string | null>>;
  /** Replace the sentinel text durably (atomic file in Electron, localStorage in the browser). */
  saveSentinel(text: string): Promise<Result<void>>;
  /** Reserve and persist the next bundle sequence number (outside the restorable database). */
  nextSeq(scope: SeqScope): Promise<Result<number>>;
  /** The last number handed out for the scope, 0 if none. */
  peekSeq(scope: SeqScope): Promise<Result<number>>;
  /**
   * Where automatic backups are kept, outside IndexedDB (userData/backups in Electron, OPFS in the
   * browser); null when the browser has no OPFS and backups can only be downloaded.
   */
  backupFolder(): Promise<Result<BackupFolder | null>>;
  /** Bundle files the OS opened the app with since the last call (always empty in the browser). */
  takeLaunchFiles(): Promise<Result<LaunchFiles>>;
  /** The station's Ed25519 signing key (Electron vault or browser key store). */
  readonly keys: StationKeys;
  /**
   * Prints a self-contained HTML page to PDF and saves it (Electron's printToPDF and a save dialog).
   * Absent in the browser, where the page is printed from the print dialog instead.
   */
  readonly printPdf?: (request: { html: string; suggestedName: string }) => Promise<Result<SaveOutcome>>;
}
