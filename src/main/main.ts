/**
 * Electron glue only: lifecycle, single-instance lock, the app:// protocol, session hardening, the
 * window and handler registration. Every decision lives in a tested module next to this one; this file
 * is what the Playwright bridge cannot run, so it stays short.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, appSchemeRegistration, createAppProtocolHandler } from './app-protocol';
import { createHandlers } from './handlers/create-handlers';
import type { FileDialog } from './handlers/files';
import { createLaunchFileQueue } from './handlers/launch-files';
import { bundlePathsFromArgv } from './launch-argv';
import { registerElectronIpc } from './ipc/electron-ipc';
import { applicationMenuTemplate } from './menu';
import {
  attachWebContentsGuards,
  createPermissionCheckHandler,
  createPermissionRequestHandler,
} from './security';
import { APP_TRUSTED_ORIGIN } from './trusted-origin';
import { electronHtmlPrinter } from './print-pdf';
import { mainWindowOptions } from './window-options';

// userData follows productName by default; pin it to an ASCII name so renaming the product (or a
// localised name) can never move IndexedDB, the sentinel or the sequence file (docs/SECURITY.md D6).
app.setPath('userData', join(app.getPath('appData'), 'StatusDataDesk'));
// Must run before 'ready': a scheme registered later is not standard/secure, and IndexedDB moves.
protocol.registerSchemesAsPrivileged(appSchemeRegistration());
app.enableSandbox();

const isDev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
// Bundles double-clicked before or while the app runs wait here until the renderer takes them
// (bundle:takeLaunchFiles, asked at start-up and whenever the window regains focus).
const launchFiles = createLaunchFileQueue();
launchFiles.push(bundlePathsFromArgv(process.argv, process.cwd()));

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function electronFileDialog(): FileDialog {
  const parent = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? mainWindow ?? undefined;
  return {
    showSaveDialog: (options) => {
      const w = parent();
      return w ? dialog.showSaveDialog(w, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const w = parent();
      const full = {
        filters: options.filters,
        properties:
          options.multiple === true
            ? ['openFile' as const, 'multiSelections' as const]
            : ['openFile' as const],
      };
      return w ? dialog.showOpenDialog(w, full) : dialog.showOpenDialog(full);
    },
  };
}

function createMainWindow(): void {
  const preload = join(app.getAppPath(), 'dist-electron', 'preload.cjs');
  const win = new BrowserWindow(mainWindowOptions(preload, { devTools: isDev }));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = win;
  void win.loadURL(APP_ENTRY_URL);
}

async function start(): Promise<void> {
  await app.whenReady();
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(createPermissionRequestHandler(APP_TRUSTED_ORIGIN));
  ses.setPermissionCheckHandler(createPermissionCheckHandler(APP_TRUSTED_ORIGIN));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(app.getAppPath(), 'dist')));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ isDev })));
  registerElectronIpc(
    createHandlers({
      version: app.getVersion(),
      dataDir: app.getPath('userData'),
      platform: process.platform,
      documentsDir: app.getPath('documents'),
      dialog: electronFileDialog(),
      launchFiles,
      printPdf: electronHtmlPrinter(app.getPath('temp')),
    }),
    { trusted: APP_TRUSTED_ORIGIN },
  );
  createMainWindow();
}

// One instance per user: two processes writing the same IndexedDB, sentinel and sequence file would
// race (docs/SECURITY.md D7). A second launch (e.g. double-clicking a .sdd bundle) focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The second launch's own arguments carry the double-clicked file; it then exits, and focusing us
  // makes the renderer ask for the file.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    launchFiles.push(bundlePathsFromArgv(argv, workingDirectory));
    focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => attachWebContentsGuards(contents, APP_TRUSTED_ORIGIN));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) createMainWindow();
  });
  start().catch((e: unknown) => {
    dialog.showErrorBox('状态数据工作台无法启动', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}
