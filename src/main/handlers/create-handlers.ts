/**
 * Builds the full IpcHandlers map from plain dependencies. main.ts registers exactly this map, and the
 * Playwright bridge serves exactly this map, so the bridge tests exercise the real handler code.
 */
import { join } from 'node:path';
import type { IpcHandlers } from '../../shared/ipc/contract';
import { BACKUP_DIR_NAME, createAppInfoHandlers, type AppFacts } from './app-info';
import { createBackupStore } from './backup-store';
import { createFileHandlers, type FileDialog } from './files';
import { createLaunchFileQueue, type LaunchFileQueue } from './launch-files';
import { createSentinelStore, SENTINEL_FILE_NAME } from './sentinel-store';
import { createSeqStore, SEQ_FILE_NAME } from './seq-store';
import { createKeyVault, KEYS_DIR_NAME } from './key-vault';
import { createReportPdfHandler, type HtmlPrinter } from './report-pdf';

export interface HandlerDeps extends AppFacts {
  readonly dialog: FileDialog;
  /** Where save dialogs start. */
  readonly documentsDir: string;
  /** Bundle files from the command line / second launches (main.ts pushes; a fresh queue otherwise). */
  readonly launchFiles?: LaunchFileQueue;
  /** Free bytes on the backup folder's disk (tests inject; statfs otherwise). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
  /** Prints HTML to PDF (Electron's printToPDF; the bridge's Chromium page); absent: report:printPdf refuses. */
  readonly printPdf?: HtmlPrinter;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const appInfo = createAppInfoHandlers(deps);
  const files = createFileHandlers(deps.dialog, deps.documentsDir);
  const sentinel = createSentinelStore(join(deps.dataDir, SENTINEL_FILE_NAME));
  const seq = createSeqStore(join(deps.dataDir, SEQ_FILE_NAME));
  const backups = createBackupStore({
    dir: join(deps.dataDir, BACKUP_DIR_NAME),
    ...(deps.freeBytes ? { freeBytes: deps.freeBytes } : {}),
  });
  const launchFiles = deps.launchFiles ?? createLaunchFileQueue();
  const keys = createKeyVault(join(deps.dataDir, KEYS_DIR_NAME));
  const printPdf = createReportPdfHandler(deps.printPdf, files);
  return {
    'app:info': () => appInfo.info(),
    'backup:dir': () => appInfo.backupDir(),
    'backup:write': (args) => backups.write(args),
    'backup:list': () => backups.list(),
    'backup:read': (args) => backups.read(args),
    'backup:prune': (args) => backups.prune(args),
    'bundle:takeLaunchFiles': () => launchFiles.take(),
    'sentinel:read': () => sentinel.read(),
    'sentinel:write': ({ text }) => sentinel.write(text),
    'file:saveAs': (args) => files.saveAs(args),
    'file:open': (args) => files.open(args),
    'file:openMany': (args) => files.openMany(args),
    'seq:next': (args) => seq.next(args),
    'seq:peek': (args) => seq.peek(args),
    'keys:create': (args) => keys.create(args),
    'keys:public': (args) => keys.current(args),
    'keys:sign': (args) => keys.sign(args),
    'report:printPdf': (args) => printPdf(args),
  };
}
