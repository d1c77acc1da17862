/**
 * axe-core over every page of the registry (see src/renderer/app/page-registry.ts) at both stations, plus the
 * start page, the new-year form and the sign-in dialog: no critical or serious WCAG 2 A/AA violation. The
 * page list comes from the app's own registry (the e2e hook), so a newly declared page is checked without
 * touching this spec. Each violation is reported with its page, rule and first target, all at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app-test';
import { createYear, OFFICE_USERS, signIn, type NewYear, type StationUser } from './fixtures/workspace-steps';
import type { StationRole, UserRole } from '../../src/shared/workspace/workspace-types';

const BLOCKING = new Set(['critical', 'serious']);

async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.nodes[0]?.html.slice(0, 160) ?? ''} ${
          v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''
        }`,
    );
}

/** The page has drawn: no loading spinner, and no CSS transition (a dialog fading in) still running. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

async function yearName(page: Page, school: string): Promise<string> {
  const row = page.getByRole('row').filter({ hasText: school });
  return (await row.getByRole('cell').first().innerText()).trim();
}

/** Visits every menu page the user sees (from the registry), and every tab inside it, checking each. */
async function checkStation(
  page: Page,
  year: NewYear,
  user: StationUser,
  station: StationRole,
  role: UserRole,
): Promise<string[]> {
  await createYear(page, year);
  await signIn(page, await yearName(page, year.schoolName), user);
  const pages = await page.evaluate(([s, r]) => window.sddE2E?.pages(s, r) ?? [], [station, role] as const);
  const found: string[] = [];
  const menu = pages.filter((p) => p.inMenu);
  expect(menu.length).toBeGreaterThan(3);
  for (const p of menu) {
    await page.getByRole('menuitem', { name: p.label }).click();
    await settled(page);
    found.push(...(await violations(page, `${station}/${role} ${p.id}`)));
    const tabs = page.locator('#main-content [role="tab"]');
    const n = await tabs.count();
    for (let i = 1; i < n; i++) {
      const tab = tabs.nth(i);
      if (!(await tab.isVisible()) || (await tab.getAttribute('aria-disabled')) === 'true') continue;
      const name = (await tab.innerText()).trim();
      await tab.click();
      await settled(page);
      found.push(...(await violations(page, `${station}/${role} ${p.id} › ${name}`)));
    }
  }
  // The one page outside the menu: a table opened from 我的任务 (the grid). The office's supervisor sees
  // every other page of the registry in the menu, so the office run covers them all.
  expect(pages.filter((p) => !p.inMenu).map((p) => p.id)).toEqual(
    station === 'office' ? ['table'] : expect.arrayContaining(['table']),
  );
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  await page.getByTestId('my-tasks').getByRole('button').filter({ hasText: /^A\d/ }).first().click();
  await expect(page.getByTestId('table-page')).toBeVisible();
  await settled(page);
  found.push(...(await violations(page, `${station}/${role} table`)));
  return found;
}

test('the start page, the new-year form and the sign-in dialog pass axe', async ({ app: page }) => {
  const found = await violations(page, 'start');
  await page.getByRole('button', { name: '新建采集年度' }).click();
  await expect(page.getByTestId('new-workspace-form')).toBeVisible();
  await settled(page);
  found.push(...(await violations(page, 'new-year form')));
  await page.keyboard.press('Escape');
  await createYear(page, {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  });
  const name = await yearName(page, '汕头职业技术学院');
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '打开' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  found.push(...(await violations(page, 'sign-in')));
  expect(found).toEqual([]);
});

test('every office page passes axe', async ({ app: page }) => {
  test.setTimeout(300_000);
  const supervisor = OFFICE_USERS[2] ?? { role: '督导员' as const, name: '吴督导', pin: '3333' };
  const found = await checkStation(
    page,
    { schoolName: '汕头职业技术学院', schoolCode: '12954', station: '督导室（学校）', users: OFFICE_USERS },
    supervisor,
    'office',
    'supervisor',
  );
  expect(found).toEqual([]);
});

test('every department page passes axe', async ({ app: page }) => {
  test.setTimeout(300_000);
  const head: StationUser = { role: '负责人', name: '黄处长', pin: '5678' };
  const found = await checkStation(
    page,
    {
      schoolName: '测试职业学院',
      schoolCode: '10001',
      station: '填报部门',
      department: '人事处',
      users: [{ role: '信息员', name: '林信息', pin: '1234' }, head],
    },
    head,
    'department',
    'head',
  );
  expect(found).toEqual([]);
});
