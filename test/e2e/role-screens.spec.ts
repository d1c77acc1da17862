/**
 * The screens of the 组长 (office), a department's 负责人 and a summary department's 负责人 and 信息员 at
 * 1366×768: every page in their menu and every tab inside it, with no page-level horizontal scroll and, on
 * department and summary screens, none of the technical words a clerk should not meet (they stay behind
 * 详情 at the office). With SHOTS_DIR set, each view is also saved as a screenshot to look at.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app-test';
import { createYear, OFFICE_USERS, signIn, type NewYear, type StationUser } from './fixtures/workspace-steps';
import type { StationRole, UserRole } from '../../src/shared/workspace/workspace-types';

const TECHNICAL = [
  '哈希',
  '审计链',
  '存储块',
  'OPFS',
  '序号',
  '校验值',
  '密钥编号',
  '信任根',
  'undefined',
  'NaN',
];

async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

/** What is wrong with the view as shown: page-level horizontal scroll, technical words on clerk screens. */
async function problems(page: Page, where: string, clerk: boolean): Promise<string[]> {
  const found: string[] = [];
  const wide = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth - el.clientWidth;
  });
  if (wide > 0) found.push(`${where}: the page scrolls sideways by ${wide}px`);
  if (clerk) {
    const text = await page.locator('#main-content').innerText();
    for (const w of TECHNICAL) if (text.includes(w)) found.push(`${where}: shows “${w}”`);
  }
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${where.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}.png` });
  return found;
}

async function walk(page: Page, year: NewYear, user: StationUser, station: StationRole, role: UserRole) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createYear(page, year);
  const name = (
    await page.getByRole('row').filter({ hasText: year.schoolName }).getByRole('cell').first().innerText()
  ).trim();
  await signIn(page, name, user);
  const pages = await page.evaluate(([s, r]) => window.sddE2E?.pages(s, r) ?? [], [station, role] as const);
  const clerk = station !== 'office';
  const found: string[] = [];
  for (const p of pages.filter((x) => x.inMenu)) {
    await page.getByRole('menuitem', { name: p.label }).click();
    await settled(page);
    found.push(...(await problems(page, `${station}-${role}-${p.id}`, clerk)));
    const tabs = page.locator('#main-content [role="tab"]');
    for (let i = 1; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i);
      if (!(await tab.isVisible()) || (await tab.getAttribute('aria-disabled')) === 'true') continue;
      const label = (await tab.innerText()).trim();
      await tab.click();
      await settled(page);
      found.push(...(await problems(page, `${station}-${role}-${p.id}-${label}`, clerk)));
    }
  }
  await page.getByRole('menuitem', { name: '我的任务' }).click();
  const first = page.getByTestId('my-tasks').getByRole('button').filter({ hasText: /^A\d/ }).first();
  if ((await first.count()) > 0) {
    await first.click();
    await expect(page.getByTestId('table-page')).toBeVisible();
    await settled(page);
    found.push(...(await problems(page, `${station}-${role}-table`, clerk)));
  }
  return found;
}

test('the 组长’s office screens fit 1366×768', async ({ app: page }) => {
  test.setTimeout(300_000);
  const leader = OFFICE_USERS[3] ?? { role: '领导小组' as const, name: '郑校长', pin: '4444' };
  const year: NewYear = {
    schoolName: '汕头职业技术学院',
    schoolCode: '12954',
    station: '督导室（学校）',
    users: OFFICE_USERS,
  };
  expect(await walk(page, year, leader, 'office', 'leader')).toEqual([]);
});

test('a department 负责人’s screens fit 1366×768 and speak plainly', async ({ app: page }) => {
  test.setTimeout(300_000);
  const head: StationUser = { role: '负责人', name: '黄处长', pin: '5678' };
  const year: NewYear = {
    schoolName: '测试职业学院',
    schoolCode: '10001',
    station: '填报部门',
    department: '人事处',
    users: [{ role: '信息员', name: '林信息', pin: '1234' }, head],
  };
  expect(await walk(page, year, head, 'department', 'head')).toEqual([]);
});

for (const user of [
  { role: '负责人', name: '王处长', pin: '5678' },
  { role: '信息员', name: '李信息', pin: '1234' },
] as const) {
  test(`a summary department ${user.role}’s screens fit 1366×768 and speak plainly`, async ({
    app: page,
  }) => {
    test.setTimeout(300_000);
    const year: NewYear = {
      schoolName: '测试职业学院',
      schoolCode: '10001',
      station: '汇总部门',
      department: '学生工作处',
      users: [
        { role: '信息员', name: '李信息', pin: '1234' },
        { role: '负责人', name: '王处长', pin: '5678' },
      ],
    };
    const role: UserRole = user.role === '负责人' ? 'head' : 'filler';
    expect(await walk(page, year, user, 'summary', role)).toEqual([]);
  });
}
