/**
 * Browser end-to-end tests (docs/ARCHITECTURE.md §8): the built renderer in Debian's Chromium, in two projects —
 * `web` (browser platform adapter) and `bridge` (Electron adapter with the real main-process handlers
 * exposed through page.exposeFunction). Never `npx playwright install`: the browser comes from apt.
 */
import { defineConfig } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Debian's Chromium and its flags, shared with bench/run.mjs (test/chromium.json). */
const chromiumLaunch = JSON.parse(readFileSync(new URL('./test/chromium.json', import.meta.url), 'utf8')) as {
  executablePath: string;
  args: string[];
};
export const CHROMIUM_ARGS: readonly string[] = chromiumLaunch.args;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? chromiumLaunch.executablePath;

/** Specs that also run in the `bridge` project (see projects below). */
const BRIDGE_SPECS = [
  'backup-*.spec.ts',
  'bundle-*.spec.ts',
  'enterprise-relay.spec.ts',
  'foundation.spec.ts',
  'report-pdf.spec.ts',
  'grid-persistence.spec.ts',
  'review-prev-year-archive.spec.ts',
  'review-three-stations.spec.ts',
  'rollover-stations.spec.ts',
  'spreadsheet-import.spec.ts',
  'spreadsheet-template.spec.ts',
].map((f) => `**/${f}`);

/** E2E_PORT lets parallel checkouts (git worktrees) run their own preview servers side by side. */
const PORT = Number(process.env.E2E_PORT ?? 5179);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // No retries, in CI too: a spec that passes only on its second try is a failing spec.
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
    // As a user with 显示动画 off: the app then opens menus and dialogs without animating them, so a click
    // never lands on a list still sliding into place (src/renderer/app/use-reduced-motion.ts).
    reducedMotion: 'reduce',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'web', use: { browserName: 'chromium' } },
    // The Electron adapter with the real main-process handlers, for the specs that go through them: files
    // and dialogs, keys and sequence marks, backups, the sentinel file. Everything else is the same renderer
    // code in both projects, so it runs once, in `web`. Add a spec here when it exercises a main handler.
    { name: 'bridge', use: { browserName: 'chromium' }, testMatch: BRIDGE_SPECS },
  ],
});
