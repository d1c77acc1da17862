/**
 * A department station (总务处) on its own: the 信息员 fills A3 with a soft failure, writes the
 * 合理性说明 and submits; the 负责人 sees the justification accepted and approves (L1). The data would
 * now leave in a signed data bundle; at the department the table is 部门已审核 and read-only for review.
 */
import { test, expect } from './fixtures/app-test';
import { chooseOption, signIn, type StationUser } from './fixtures/workspace-steps';
import {
  A3_WITH_SOFT_FAILURE,
  act,
  fillForm,
  justifySoftFailure,
  openA3Form,
  openReview,
  switchUser,
} from './review-steps';

const FILLER: StationUser = { role: '信息员', name: '刘信息', pin: '1357' };
const HEAD: StationUser = { role: '负责人', name: '黄处长', pin: '2468' };
const DEPT = '总务处';

test('department fills with a soft failure and a justification, and its head approves', async ({
  app: page,
}) => {
  test.setTimeout(180_000);
  await page.getByRole('button', { name: '新建采集年度' }).click();
  const form = page.getByTestId('new-workspace-form');
  await form.getByLabel('学校名称').fill('示范职业技术学院');
  await form.getByLabel('学校代码（5 位）').fill('13579');
  await chooseOption(page, form.getByRole('combobox', { name: '站点角色' }), '填报部门');
  await form.getByRole('combobox', { name: '所属部门' }).click();
  await page.keyboard.type(DEPT);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: DEPT })
    .first()
    .click();
  for (const [i, user] of [FILLER, HEAD].entries()) {
    await form.getByLabel('姓名', { exact: true }).nth(i).fill(user.name);
    await form.getByLabel('PIN（4–6 位数字）').nth(i).fill(user.pin);
  }
  await form.getByRole('button', { name: /^创\s*建$/ }).click();
  await expect(page.getByText('采集年度已创建')).toBeVisible();
  const yearName = (
    await page.getByRole('row').filter({ hasText: '示范职业技术学院' }).getByRole('cell').first().innerText()
  ).trim();

  await signIn(page, yearName, FILLER);
  await openA3Form(page);
  await fillForm(page, A3_WITH_SOFT_FAILURE);
  await openReview(page, DEPT);
  // Submitting without the justification is allowed; approving is not, so the head would be told.
  await justifySoftFailure(page, '部分校舍为租用');
  await act(page, '提交审核', '已提交，等待负责人审核');

  await switchUser(page, yearName, HEAD);
  await openReview(page, DEPT);
  await expect(page.getByTestId('justification-rule:A3.buildings')).toContainText('部分校舍为租用');
  await expect(page.getByTestId('approval-blockers')).toContainText('已对照原始台账');
  await page.getByLabel('已对照原始台账或业务系统核对主要数据').check();
  await expect(page.getByTestId('approval-blockers')).toHaveCount(0);
  await act(page, '审核通过', '已审核通过');
  await expect(page.getByTestId('review-state')).toHaveText('部门已审核');
  await expect(page.getByTestId('review-actions').getByRole('button')).toHaveCount(0);
});
