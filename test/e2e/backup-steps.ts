/**
 * Shared steps of the backup specs: a test object whose fixtures also hand the spec the bridge (dialog
 * queues, the data folder) in the `bridge` project, a canonical hash of every table of a workspace read
 * straight from IndexedDB, and the UI steps to reach 备份与恢复.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { installBridge, makeTempDataDir, type Bridge } from './fixtures/bridge';
import { createYear, OFFICE_USERS, signIn } from './fixtures/workspace-steps';

/** What the bridge's backup handlers see as free disk space; null = ask the OS. Tests set it. */
export const simulatedDisk: { freeBytes: number | null } = { freeBytes: null };

export const test = base.extend<{ app: Page; bridge: Bridge | null }>({
  bridge: async ({ page }, use, testInfo) => {
    if (testInfo.project.name !== 'bridge') return use(null);
    simulatedDisk.freeBytes = null;
    await use(
      await installBridge(page, await makeTempDataDir(), {
        freeBytes: () => Promise.resolve(simulatedDisk.freeBytes),
      }),
    );
  },
  app: async ({ page, bridge }, use) => {
    void bridge;
    await page.goto('/');
    await expect(page.getByText('采集年度').first()).toBeVisible();
    await use(page);
  },
});
export { expect };

export const SUPERVISOR = OFFICE_USERS[2] ?? { role: '督导员' as const, name: '吴督导', pin: '3333' };

/** Creates an office year and signs in; returns the year's display name. */
export async function officeYear(page: Page, school = '备份测试学院', code = '10031'): Promise<string> {
  await createYear(page, {
    schoolName: school,
    schoolCode: code,
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  const row = page.getByRole('row').filter({ hasText: school });
  const name = (await row.getByRole('cell').first().innerText()).trim();
  await signIn(page, name, SUPERVISOR);
  return name;
}

export async function openBackupPage(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '备份与恢复' }).click();
  await expect(page.getByTestId('backup-page')).toBeVisible();
}

/** Per table: SHA-256 of the canonical JSON of the workspace's records; audit events only up to `maxAuditSeq`. */
export function workspaceHashes(
  page: Page,
  maxAuditSeq = Number.MAX_SAFE_INTEGER,
): Promise<Record<string, string>> {
  return page.evaluate(async (maxSeq) => {
    const canon = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
      if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
      const o = v as Record<string, unknown>;
      return `{${Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canon(o[k])}`)
        .join(',')}}`;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('status-data-desk');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
      });
    const ws = (await all('workspaces'))[0];
    if (!ws) throw new Error('no workspace');
    const out: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      let records = (await all(name)).filter((x) =>
        name === 'workspaces' ? x.id === ws.id : x.workspaceId === ws.id,
      );
      if (name === 'audit') records = records.filter((e) => (e.seq as number) <= maxSeq);
      const bytes = new TextEncoder().encode(canon(records));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      out[name] = `${records.length}:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  }, maxAuditSeq);
}

/** The workspace's audit log length (its head seq). */
export async function auditSeq(page: Page): Promise<number> {
  const h = await workspaceHashes(page);
  return Number((h.audit ?? '0:').split(':')[0]);
}

/** Simulates Chromium dropping the IndexedDB store while the sentinel and the backups survive. */
export async function wipeIndexedDb(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n);
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve) => {
            const r = indexedDB.deleteDatabase(n);
            r.onsuccess = r.onerror = () => resolve();
          }),
      ),
    );
  });
}
