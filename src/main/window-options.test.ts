import { describe, expect, it } from 'vitest';
import {
  mainWindowOptions,
  printWindowOptions,
  REPORT_PDF_OPTIONS,
  secureWebPreferences,
} from './window-options';

describe('secure window options', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('sets no option that loosens Chromium (blink features, insecure content, popups)', () => {
    const prefs: Record<string, unknown> = { ...secureWebPreferences('/p.cjs', { devTools: true }) };
    for (const key of [
      'enableBlinkFeatures',
      'enableRemoteModule',
      'allowpopups',
      'disableBlinkFeatures',
      'additionalArguments',
    ]) {
      expect(prefs).not.toHaveProperty(key);
    }
  });

  it('hides the window until it is ready to show', () => {
    const options = mainWindowOptions('/p.cjs', { devTools: false });
    expect(options.show).toBe(false);
    expect(options.title).toBe('状态数据工作台');
    expect(options.webPreferences.sandbox).toBe(true);
  });

  it('prints in a hidden window with no preload, JavaScript off and the same locked-down preferences', () => {
    const o = printWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).not.toHaveProperty('preload');
    expect(o.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
  });

  it('prints the report to PDF at its own page size, with bookmarks from its headings', () => {
    expect(REPORT_PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, generateDocumentOutline: true });
  });
});
