/**
 * docs/ARCHITECTURE.md §5 / docs/SECURITY.md Z1, J1 end to end: a hostile .sdd opened in 导入数据包 is verified in a
 * disposable Worker — created for the import and closed after — and refused with its Chinese cause,
 * while the page's own thread keeps running (its timer ticks on time) and the page keeps working.
 */
import { test, expect } from '@playwright/test';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildBundle } from '../../src/shared/bundle/testing/bundle-fixtures';
import { bytes, unpack } from '../../src/shared/bundle/testing/rezip';
import { forgeEntry, forgeZip } from '../../src/shared/bundle/testing/zip-forge';
import { createKey, exchangeTab, openFileVia, watchVerifyWorkers } from './fixtures/bundle-stations';
import { openOffice } from './fixtures/stations';

test.setTimeout(180_000);

/** manifest.json nested 100,000 deep (J1). */
function deepManifest(): Uint8Array {
  const entries = unpack(buildBundle().bytes).map((e) =>
    forgeEntry(
      e.name,
      e.name === 'manifest.json' ? bytes('['.repeat(100_000) + ']'.repeat(100_000)) : e.bytes,
      e.name === 'manifest.sig' ? 0 : 8,
    ),
  );
  return forgeZip(entries);
}

/** A 42.zip-style table entry (Z1): declares 1 KB, inflates to 300 MB, past the 256 MB per-entry cap. */
function bomb(): Uint8Array {
  const entries = unpack(buildBundle().bytes).map((e) =>
    forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8),
  );
  const i = entries.findIndex((e) => new TextDecoder().decode(e.local.name).startsWith('tables/'));
  const b = forgeEntry('tables/A10-1.json', bytes('{}'));
  const data = new Uint8Array(deflateRawSync(Buffer.alloc(300 * 1024 * 1024), { level: 9 }));
  entries[i] = {
    data,
    local: { ...b.local, compressedSize: data.length, size: 1024 },
    central: { ...b.central, compressedSize: data.length, size: 1024 },
  };
  return forgeZip(entries);
}

test('a hostile bundle is refused in a disposable Worker while the page stays responsive', async ({
  browser,
}, testInfo) => {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const files = { deep: join(dir, '嵌套.sdd'), bomb: join(dir, '压缩炸弹.sdd') };
  await writeFile(files.deep, deepManifest());
  await writeFile(files.bomb, bomb());

  const office = await openOffice(browser, testInfo);
  // With its key the office can verify, so the bomb's payload is inflated (routing reads the manifest only).
  await createKey(office);
  const verifyWorkers = watchVerifyWorkers(office.page);
  await exchangeTab(office, '导入数据包');

  // The page's own thread: the longest gap between 20 ms timer ticks while the file is verified.
  const startTicks = () =>
    office.page.evaluate(() => {
      const w = window as unknown as {
        __gap: number;
        __last: number;
        __tick: ReturnType<typeof setInterval>;
      };
      w.__gap = 0;
      w.__last = performance.now();
      w.__tick = setInterval(() => {
        const now = performance.now();
        w.__gap = Math.max(w.__gap, now - w.__last);
        w.__last = now;
      }, 20);
    });
  const stopTicks = () =>
    office.page.evaluate(() => {
      const w = window as unknown as { __gap: number; __tick: ReturnType<typeof setInterval> };
      clearInterval(w.__tick);
      return w.__gap;
    });

  await startTicks();
  await openFileVia(office, office.page.getByRole('button', { name: '选择文件…' }), files.deep);
  await expect(office.page.getByTestId('import-error')).toContainText('嵌套层数超过');
  await stopTicks();
  await expect.poll(() => verifyWorkers().length).toBe(1);
  await expect.poll(() => verifyWorkers().every((w) => w.closed)).toBe(true);

  await startTicks();
  await openFileVia(office, office.page.getByRole('button', { name: '选择文件…' }), files.bomb);
  await expect(office.page.getByTestId('import-error')).toContainText(
    'tables/A10-1.json 解压后超过单个文件上限',
    { timeout: 60_000 },
  );
  const gap = await stopTicks();
  await expect.poll(() => verifyWorkers().length).toBe(2);
  await expect.poll(() => verifyWorkers().every((w) => w.closed)).toBe(true);
  // Inflating 256 MB on the page's thread would stall it for seconds; in the Worker the timer keeps ticking.
  expect(gap).toBeLessThan(1500);

  // The page still works: another tab opens.
  await office.page.getByRole('tab', { name: '收发记录' }).click();
  await expect(office.page.getByTestId('bundle-log')).toBeVisible();
});
