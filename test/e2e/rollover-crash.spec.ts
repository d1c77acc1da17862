/**
 * docs/SECURITY.md D1 for 新建下一学年: the renderer crashes (CDP Page.crash) during the rollover of a year
 * with a large point-in-time table, at two fixed points. After a restart on the same profile, last year is
 * exactly as it was (its rows, its lock, its audit log) either way. Crashed the moment the rollover is
 * confirmed (its copy still running), the next year is absent and can be created now; crashed right after
 * the rollover reports success, it is complete: every carried row there, 待核实, with its rollover event.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashRenderer, launchOnProfile } from './fixtures/crash-steps';
import { inPageDb, type InPageBody } from './fixtures/in-page-db';
import { rollOver } from './fixtures/rollover-steps';
import { SCHOOL } from './fixtures/stations';
import { createYear, OFFICE_USERS, signIn, type StationUser } from './fixtures/workspace-steps';
import { seedOtherSlicesSchoolApproved } from './fixtures/year-seed';
import { lockYear } from './review-steps';

test.setTimeout(300_000);
const ROWS = 60_000;
const [, , SUPERVISOR, LEADER] = OFFICE_USERS as readonly [
  StationUser,
  StationUser,
  StationUser,
  StationUser,
];

interface YearFacts {
  readonly id: string;
  readonly start: number;
  readonly audit: number;
  readonly kinds: string[];
  readonly a101: { readonly summary: number; readonly rows: number; readonly carried: number } | null;
}

/** What the database holds per year; runs in the page. */
const yearFacts: InPageBody<null, YearFacts[]> = async ({ tx, result }) => {
  const years = (await result(tx.objectStore('workspaces').getAll())) as {
    id: string;
    academicYearStart: number;
  }[];
  const slices = (await result(tx.objectStore('slices').getAll())) as {
    workspaceId: string;
    tableCode: string;
    rowCount: number;
  }[];
  const blocks = (await result(tx.objectStore('blocks').getAll())) as {
    workspaceId: string;
    tableCode: string;
    rows: { src: string }[];
  }[];
  const audit = (await result(tx.objectStore('audit').getAll())) as { workspaceId: string; kind: string }[];
  return years.map((y) => {
    const s = slices.find((x) => x.workspaceId === y.id && x.tableCode === 'A10-1');
    const rows = blocks
      .filter((b) => b.workspaceId === y.id && b.tableCode === 'A10-1')
      .flatMap((b) => b.rows);
    const events = audit.filter((e) => e.workspaceId === y.id);
    return {
      id: y.id,
      start: y.academicYearStart,
      audit: events.length,
      kinds: events.map((e) => e.kind),
      a101: s
        ? { summary: s.rowCount, rows: rows.length, carried: rows.filter((r) => r.src === 'carried').length }
        : null,
    };
  });
};

const readYears = (page: Page) =>
  inPageDb(page, ['workspaces', 'slices', 'blocks', 'audit'], yearFacts, null, 'readonly');

const CRASH_POINTS = [
  { point: 'the moment it is confirmed', next: 'absent' },
  { point: 'right after it reports success', next: 'complete' },
] as const;

for (const c of CRASH_POINTS)
  test(`a renderer crash during 新建下一学年 ${c.point} leaves last year unchanged and the next year ${c.next}`, async ({
    browser: _unused,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'a browser-profile crash test: the web project covers it');
    const userDir = await mkdtemp(join(tmpdir(), 'sdd-rollover-crash-'));
    const launch = async () => {
      const { ctx, station } = await launchOnProfile(userDir, testInfo, 'office');
      return { ctx, page: station.page };
    };
    let { ctx, page } = await launch();
    await createYear(page, { ...SCHOOL, station: '督导室（学校）', users: OFFICE_USERS });
    // 学生工作处's A10-1 (在校生, a point-in-time table) with many rows, then every slice approved and locked.
    await page.evaluate(
      (n) =>
        window.sddE2E!.seedRows({
          tableCode: 'A10-1',
          departmentCode: 'XGC',
          rows: Array.from({ length: n }, (_, i) => ({
            values: { no: String(i).padStart(8, '0'), name: `学生${i}`, sex: '男' },
          })),
        }),
      ROWS,
    );
    const banner = await page.getByRole('row').filter({ hasText: '学年状态数据' }).first().innerText();
    const start = Number(/(\d{4})-\d{4}学年/.exec(banner)?.[1]);
    const thisLabel = `${start}-${start + 1}学年`;
    const nextLabel = `${start + 1}-${start + 2}学年`;
    const seeded = await seedOtherSlicesSchoolApproved(page, SUPERVISOR.name, new Date().toISOString());
    await signIn(page, thisLabel, LEADER);
    await lockYear(page, seeded);
    const before = (await readYears(page)).find((y) => y.start === start)!;
    expect(before.a101).toEqual({ summary: ROWS, rows: ROWS, carried: 0 });

    // Confirm the rollover, then crash at once (the copy of 60,000 rows is still in its transaction) or
    // once it reports success.
    await page.getByRole('menuitem', { name: '新建下一学年' }).click();
    await expect(page.getByTestId('rollover-page')).toContainText(nextLabel);
    const ok = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
    await expect(async () => {
      if (!(await ok.isVisible())) await page.getByRole('button', { name: '新建下一学年' }).click();
      await expect(ok).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    await ok.click();
    if (c.next === 'complete')
      await expect(page.getByTestId('rollover-done')).toBeVisible({ timeout: 120_000 });
    await crashRenderer(cdp, ctx, page);

    ({ ctx, page } = await launch());
    const years = await readYears(page);
    expect(years.find((y) => y.id === before.id)).toEqual(before);
    const next = years.find((y) => y.start === start + 1);
    expect(next ? 'complete' : 'absent').toBe(c.next);
    if (next) {
      expect(next.a101).toEqual({ summary: ROWS, rows: ROWS, carried: ROWS });
      expect(next.kinds).toContain('year.rollover');
    } else {
      // Absent: nothing half-made stands in the way of doing it again.
      await signIn(page, thisLabel, LEADER);
      await rollOver(page, nextLabel);
      const again = (await readYears(page)).find((y) => y.start === start + 1);
      expect(again?.a101).toEqual({ summary: ROWS, rows: ROWS, carried: ROWS });
    }
    await ctx.close();
  });
