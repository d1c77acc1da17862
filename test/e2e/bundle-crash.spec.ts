/**
 * docs/SECURITY.md D1 end to end: the renderer crashes (CDP Page.crash) while the office merges a 50,000-row
 * bundle, at two fixed points. Crashed the moment the merge is confirmed (the commit is still running), the
 * database after a restart is exactly before: the bundle is not recorded and imports cleanly now. Crashed
 * right after the import reports success, it is exactly after: the bundle is recorded and a next bundle
 * with the same rows changes nothing.
 * Bridge project: the department's vault key (main-process handlers in the test) signs the big bundle.
 */
import { test, expect } from '@playwright/test';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64ToBytes, bytesToBase64 } from '../../src/shared/base64';
import { peekBundle } from '../../src/shared/bundle/bundle-peek';
import { writeBundleAsync } from '../../src/shared/bundle/bundle-writer';
import { canonicalJson } from '../../src/shared/canonical-json';
import { err, ok } from '../../src/shared/result';
import { makeTempDataDir } from './fixtures/bridge';
import { crashRenderer, launchOnProfile } from './fixtures/crash-steps';
import {
  createKey,
  enterPassphrase,
  exchangeTab,
  openFileVia,
  PASSPHRASE,
  registerAndSetUp,
  type StationPage,
} from './fixtures/bundle-stations';
import { officeYear, OFFICE_HEAD, openDepartment, TW, YEAR } from './fixtures/stations';
import { signIn } from './fixtures/workspace-steps';

test.setTimeout(300_000);
const ROWS = 50_000;

async function bigBundle(tw: StationPage, setupPath: string, seq: number): Promise<Uint8Array> {
  const setup = peekBundle(new Uint8Array(await readFile(setupPath)), { manifestOnly: true });
  if (!setup.ok) throw new Error(setup.error.message);
  const wsDir = join(tw.bridge!.dataDir, 'keys');
  const [workspaceId] = await readdir(wsDir);
  const [keyFile] = await readdir(join(wsDir, workspaceId!));
  const keyId = keyFile!.replace('.json', '');
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    values: { communityname: `社团${i}`, communitytype: '学术科技类' },
    by: '唐信息',
    at: '2025-10-01T00:00:00.000Z',
    src: 'typed',
  }));
  const table = { tableCode: 'A10-3', departmentCode: 'TW', rows };
  const w = await writeBundleAsync({
    manifestFields: {
      kind: 'data',
      keyId,
      sender: { stationRole: 'department', departmentCode: 'TW' },
      addressee: 'OFFICE',
      yearId: setup.value.manifest.yearId,
      bundleId: crypto.randomUUID(),
      seq,
      prevBundleHash: null,
      createdAt: new Date().toISOString(),
      auditHead: '0'.repeat(64),
      appVersion: '0.1.0',
      schemaVersion: 1,
    },
    files: [{ path: 'tables/A10-3.json', bytes: new TextEncoder().encode(canonicalJson(table)), rows: ROWS }],
    sign: async (m) => {
      const r = await tw.bridge!.handlers['keys:sign']({
        workspaceId: workspaceId!,
        keyId,
        passphrase: PASSPHRASE,
        messageBase64: bytesToBase64(m),
      });
      return r.ok ? ok(base64ToBytes(r.value.signatureBase64)!) : err(r.error.code, r.error.message);
    },
  });
  if (!w.ok) throw new Error(w.error.message);
  return w.value.bytes;
}

const CRASH_POINTS = [
  { point: 'during the merge', expect: 'before' },
  { point: 'right after the merge reports success', expect: 'after' },
] as const;

for (const c of CRASH_POINTS) {
  test(`a renderer crash ${c.point} leaves the database exactly ${c.expect}`, async ({
    browser,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'bridge',
      'the department key is reachable from the test only through the bridge',
    );
    const dir = testInfo.outputPath('files');
    // Page.crash takes the whole headless browser context down: the office runs on its own browser with
    // a user-data folder, so its IndexedDB survives on disk like an officer's whose app crashed.
    const userDir = await mkdtemp(join(tmpdir(), 'sdd-bundle-crash-'));
    const officeData = await makeTempDataDir('sdd-office-');
    const launchOffice = () => launchOnProfile(userDir, testInfo, 'office', officeData);
    let { ctx, station: office } = await launchOffice();
    await officeYear(office);
    const tw = await openDepartment(browser, testInfo, TW, '填报部门');
    await createKey(office);
    const setup = await registerAndSetUp(office, tw, TW.code, dir);
    const first = join(dir, 'TW-big-1.sdd');
    const second = join(dir, 'TW-big-2.sdd');
    await writeFile(first, await bigBundle(tw, setup, 1));
    await writeFile(second, await bigBundle(tw, setup, 2));

    await enterPassphrase(office);
    await exchangeTab(office, '导入数据包');
    await openFileVia(office, office.page.getByRole('button', { name: '选择文件…' }), first);
    const preview = office.page.getByTestId('import-preview');
    await expect(preview).toContainText(String(ROWS));
    const cdp = await office.page.context().newCDPSession(office.page);
    await preview.getByRole('button', { name: '确认导入' }).click();
    if (c.expect === 'after')
      await expect(office.page.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
    await crashRenderer(cdp, ctx, office.page);

    // Restart on the same profile (IndexedDB) and the same main-process data folder.
    ({ ctx, station: office } = await launchOffice());
    const restarted = office;
    const page = office.page;
    await signIn(page, YEAR, OFFICE_HEAD);
    await exchangeTab(restarted, '收发记录');
    await enterPassphrase(restarted);
    const log = page.getByTestId('bundle-log');
    await expect(log).toBeVisible();
    const after = (await log.innerText()).includes(`A10-3/TW ${ROWS}行`);
    expect(after ? 'after' : 'before').toBe(c.expect);
    await exchangeTab(restarted, '导入数据包');
    if (after) {
      // Exactly after: the next bundle with the same rows changes nothing.
      await openFileVia(restarted, page.getByRole('button', { name: '选择文件…' }), second);
      await expect(
        page
          .getByTestId('import-preview')
          .getByRole('row', { name: `A10-3 学生社团表 团委会 ${ROWS} 0 0 0 0` }),
      ).toBeVisible();
    } else {
      // Exactly before: nothing of the bundle is stored, so it imports as all-new rows.
      await openFileVia(restarted, page.getByRole('button', { name: '选择文件…' }), first);
      await expect(
        page
          .getByTestId('import-preview')
          .getByRole('row', { name: `A10-3 学生社团表 团委会 ${ROWS} ${ROWS} 0 0 0` }),
      ).toBeVisible();
    }
    await ctx.close();
  });
}
