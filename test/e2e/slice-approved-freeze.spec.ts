/**
 * A slice approved at school level is read-only at the department that filled it: the notice says it was
 * approved by the school (who, when) and that only the school's 督导员 can return it; typing, paste and a
 * spreadsheet import are each refused with a Chinese message, and nothing is written (the rows are the
 * same after a reload). The year, its rows and the review record are seeded through storage.
 */
import type { Submission } from '../../src/shared/review/review-types';
import { test, expect } from './fixtures/sheet-test';
import { buildXls } from './fixtures/sheet-files';
import { wizard } from './fixtures/sheet-steps';
import { seedSubmission } from './fixtures/review-seed';
import {
  cell,
  clickCell,
  COL,
  createDepartmentYear,
  OFFICER,
  pasteText,
  reopenStudentTable,
} from './grid-steps';

const AT = '2026-09-20T10:00:00.000Z';
const XGC = { role: 'department', departmentCode: 'XGC' } as const;
const OFFICE = { role: 'office', departmentCode: null } as const;
const approved: Submission = {
  departmentCode: 'XGC',
  tableCode: 'A10-1',
  summaryDepartment: null,
  state: 'school-approved',
  justifications: {},
  history: [
    {
      at: AT,
      actor: { name: OFFICER.name, role: 'filler', station: XGC },
      action: 'submit',
      from: 'draft',
      to: 'submitted',
    },
    {
      at: AT,
      actor: { name: '王处长', role: 'head', station: XGC },
      action: 'approve',
      level: 1,
      from: 'submitted',
      to: 'dept-approved',
    },
    {
      at: '2026-09-22T10:00:00.000Z',
      actor: { name: '钱督导', role: 'supervisor', station: OFFICE },
      action: 'approve',
      level: 3,
      from: 'dept-approved',
      to: 'school-approved',
    },
  ],
};
const ROWS = [
  { values: { no: '2023001', name: '张三', sex: '男' } },
  { values: { no: '2023002', name: '李四', sex: '女' } },
];
const READ_ONLY = '数据只读，未写入任何内容；如需修改，须由学校督导室督导员退回';

test('a school-approved slice is read-only with the reason and who can reopen it; edits, paste and import are refused', async ({
  app: page,
  openFile,
}, testInfo) => {
  await createDepartmentYear(page);
  await page.evaluate((rows) => window.sddE2E!.seedRows({ tableCode: 'A10-1', rows }), ROWS);
  await seedSubmission(page, approved);
  await reopenStudentTable(page);

  const banner = page.getByTestId('slice-frozen');
  await expect(banner).toContainText('本表只读：已经学校审核通过（校级审核）（钱督导，2026-09-22）');
  // No update point is due: the notice offers 申请更新 (the bar below) beside the return.
  await expect(banner).toContainText(
    '如需修改，可在下方申请更新（学校督导室同意后恢复为可编辑），或由学校督导室督导员退回。',
  );
  await expect(page.getByTestId('update-request')).toBeVisible();
  await expect(page.getByRole('button', { name: '添加行' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '删除行' })).toBeDisabled();
  await expect(page.getByTestId('row-count')).toHaveText('共 2 行');

  await clickCell(page, COL.name, 0);
  await page.keyboard.type('王');
  await expect(page.getByTestId('grid-notice')).toContainText(READ_ONLY);
  await page.keyboard.press('Escape');
  await pasteText(page, '2023009\t王五\t女\r\n');
  await expect(page.getByTestId('grid-notice')).toContainText(READ_ONLY);
  await expect(page.getByTestId('grid-notice')).not.toContainText('已粘贴');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('approved-read-only.png'), fullPage: true });

  // A spreadsheet import is refused as soon as the file is picked, before anything is read or backed up.
  const file = buildXls([
    ['学号', '姓名', '性别'],
    ['2023001', '张三改', '男'],
  ]);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await openFile(() => wizard(page).getByTestId('import-pick').click(), '学生名单.xls', file);
  await expect(wizard(page).getByTestId('import-refused')).toContainText(
    `表 A10-1（学生工作处）已经学校审核通过（校级审核）（钱督导，2026-09-22），${READ_ONLY}。`,
  );
  if (testInfo.project.name === 'web')
    await page.screenshot({ path: testInfo.outputPath('approved-import-refused.png'), fullPage: true });

  // Nothing was written: after a reload the rows are as seeded and the slice is still read-only.
  await page.reload();
  await reopenStudentTable(page);
  await expect(page.getByTestId('slice-frozen')).toBeVisible();
  await expect(page.getByTestId('row-count')).toHaveText('共 2 行');
  await expect(cell(page, COL.name, 0)).toHaveText('张三');
  await expect(cell(page, COL.name, 1)).toHaveText('李四');
});
