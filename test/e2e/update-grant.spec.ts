/**
 * The office's 申请更新 screen on 数据审核: two departments' requests, seeded as their bundles would have
 * brought them (the bundle path is tested at database level) — 团委会's A10-3 sent straight to the office,
 * and its A9-6-1 routed through 学生工作处. The 督导员 grants the first (the office's copy goes back to
 * 填报中) and refuses the second with a reason; each answer waits in the feedback bundle for the station
 * the slice came from.
 */
import type { Page } from '@playwright/test';
import type { Actor, Submission } from '../../src/shared/review/review-types';
import type { UpdateRequest } from '../../src/shared/review/update-request';
import { test, expect } from './fixtures/app-test';
import { seedSubmission, seedUpdateRequest } from './fixtures/review-seed';
import { OFFICE_USERS, openOfficeAs, type StationUser } from './fixtures/workspace-steps';

const SUPERVISOR = OFFICE_USERS[2] as StationUser;
const AT = '2025-10-20T02:00:00.000Z';
const tw = { role: 'department', departmentCode: 'TW' } as const;
const filler: Actor = { name: '唐信息', role: 'filler', station: tw };
const head: Actor = { name: '田书记', role: 'head', station: tw };
const xgcHead: Actor = { name: '许处长', role: 'head', station: { role: 'summary', departmentCode: 'XGC' } };
const office: Actor = {
  name: '吴督导',
  role: 'supervisor',
  station: { role: 'office', departmentCode: null },
};

/** The office's copy of TW's slice, approved by the school (through XGC when `via` is set). */
function schoolApproved(tableCode: string, via: 'XGC' | null): Submission {
  const step = (
    actor: Actor,
    action: 'submit' | 'approve' | 'receive',
    from: string,
    to: string,
    level?: 1 | 2 | 3,
  ) => ({
    at: AT,
    actor,
    action,
    from,
    to,
    ...(level ? { level } : {}),
  });
  const middle =
    via === null
      ? [
          step(office, 'receive', 'dept-approved', 'received'),
          step(office, 'approve', 'received', 'school-approved', 3),
        ]
      : [
          step(xgcHead, 'receive', 'dept-approved', 'received'),
          step(xgcHead, 'approve', 'received', 'summary-approved', 2),
          step(office, 'approve', 'summary-approved', 'school-approved', 3),
        ];
  return {
    departmentCode: 'TW',
    tableCode,
    summaryDepartment: via,
    state: 'school-approved',
    justifications: {},
    history: [
      step(filler, 'submit', 'draft', 'submitted'),
      step(head, 'approve', 'submitted', 'dept-approved', 1),
      ...middle,
    ] as Submission['history'],
  };
}

const request = (id: string, tableCode: string, reason: string): UpdateRequest => ({
  id,
  departmentCode: 'TW',
  tableCode,
  reason,
  by: filler,
  at: AT,
  status: 'pending',
});

async function seedOffice(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hooks = window.sddE2E!;
    await hooks.seedRows({
      tableCode: 'A10-3',
      departmentCode: 'TW',
      rows: [{ values: { communityname: '青年志愿者协会', membercount: 40 } }],
    });
    await hooks.seedRows({
      tableCode: 'A9-6-1',
      departmentCode: 'TW',
      rows: [{ values: { projname: '暑期三下乡社会实践' } }],
    });
    await hooks.patchTask('A9-6-1', { summaryDepartment: 'XGC' });
  });
  await seedSubmission(page, schoolApproved('A10-3', null));
  await seedSubmission(page, schoolApproved('A9-6-1', 'XGC'));
  await seedUpdateRequest(
    page,
    request('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'A10-3', '社团合并，需更新名单'),
  );
  await seedUpdateRequest(
    page,
    request('7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'A9-6-1', '新增一项社会实践'),
  );
}

async function answer(page: Page, row: string, button: '同意' | '不同意', reason: string): Promise<void> {
  const list = page.getByTestId('update-requests');
  await list
    .getByRole('row')
    .filter({ hasText: row })
    .getByRole('button', { name: button, exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('update-answer').fill(reason);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('the 督导员 grants one 申请更新 (the office copy reopens) and refuses another with a reason', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openOfficeAs(page, SUPERVISOR);
  await seedOffice(page);
  await page.getByRole('menuitem', { name: '数据审核' }).click();

  const list = page.getByTestId('update-requests');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').filter({ hasText: 'A10-3' })).toContainText('社团合并，需更新名单');
  await expect(list.getByRole('row').filter({ hasText: 'A9-6-1' })).toContainText('团委会（经学生工作处）');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('update-requests.png'), fullPage: true });

  // The office's copy of A10-3, open beside the list, goes back to 填报中 when the request is granted.
  await page
    .getByTestId('review-slices')
    .getByRole('button', { name: /^A10-3 / })
    .click();
  await expect(page.getByTestId('review-state')).toHaveText('学校已审核');
  await answer(page, 'A10-3', '同意', '');
  await expect(page.getByText('已同意，该表已退回填报中')).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('review-state')).toHaveText('填报中');

  // A refusal needs a reason: an empty one is refused beside the box, the dialog stays open and not busy.
  await list
    .getByRole('row')
    .filter({ hasText: 'A9-6-1' })
    .getByRole('button', { name: '不同意', exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('update-answer')).toHaveValue('');
  await dialog.getByRole('button', { name: '不同意', exact: true }).click();
  await expect(dialog).toContainText('请填写不同意的理由');
  await expect(dialog.getByRole('button', { name: '不同意', exact: true })).not.toHaveClass(
    /ant-btn-loading/,
  );
  await dialog.getByTestId('update-answer').fill('请在下一学年数据中更新');
  await dialog.getByRole('button', { name: '不同意', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已答复不同意')).toBeVisible();
  await expect(list).toBeHidden();
  await expect(
    page.getByTestId('review-slices').getByRole('row').filter({ hasText: 'A9-6-1' }),
  ).toContainText('学校已审核');

  // Each answer waits for the station the slice came from: 团委会 directly, 学生工作处 for A9-6-1.
  await page.getByRole('menuitem', { name: '完成情况' }).click();
  const feedback = page.getByTestId('feedback-export');
  await expect(feedback).toContainText('团委会');
  await expect(feedback).toContainText('学生工作处');
});
