/**
 * BrowserWindow options for the one app window. Pure, so a unit test pins every security-relevant
 * preference (security defaults are not negotiable: docs/SECURITY.md E1).
 */

export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: false;
  readonly devTools: boolean;
}

export interface MainWindowOptions {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: false;
  readonly title: string;
  readonly backgroundColor: string;
  readonly webPreferences: SecureWebPreferences;
}

export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean },
): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Dropping a file on the window must not navigate away from app://; imports go through file:open.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** `show: false` until 'ready-to-show', so the user never sees a blank white window. */
export function mainWindowOptions(preloadPath: string, options: { devTools: boolean }): MainWindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '状态数据工作台',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, options),
  };
}

/**
 * The hidden window that prints the report to PDF (print-pdf.ts): the same locked-down preferences
 * without a preload (it gets no window.api) and with JavaScript off — it only lays out our own HTML.
 */
export function printWindowOptions(): {
  readonly show: false;
  readonly webPreferences: Omit<SecureWebPreferences, 'preload'> & { readonly javascript: false };
} {
  const { preload: _preload, ...secure } = secureWebPreferences('', { devTools: false });
  return { show: false, webPreferences: { ...secure, javascript: false } };
}

/**
 * How the report's HTML is printed to PDF: the page size and margins of its own @page rules, and the
 * PDF's bookmarks (outline) from its chapter and section headings — the printed HTML has no 目录 with page
 * numbers, so a reader navigates the PDF by its bookmarks — tagged for screen readers.
 */
export const REPORT_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const;
