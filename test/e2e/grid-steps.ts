/**
 * Steps shared by the grid specs: a department station (学生工作处) with its information officer signed
 * in and 在校生信息表 (A10-1) open from 我的任务, and helpers that read the grid's accessible cells
 * (glide mirrors the visible cells in an ARIA table) and drive its one input element.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { createYear, signIn, type StationUser } from './fixtures/workspace-steps';

export const OFFICER: StationUser = { role: '信息员', name: '李信息', pin: '1357' };
const HEAD: StationUser = { role: '负责人', name: '王处长', pin: '2468' };
const SCHOOL = '示范职业技术学院';
/** The workspace list names a year by its collection (学年状态数据), not the school. */
export const YEAR = '学年状态数据';

/** A department station of 学生工作处 with an information officer and a head. */
export async function createDepartmentYear(page: Page): Promise<void> {
  await createYear(page, {
    schoolName: SCHOOL,
    schoolCode: '13579',
    station: '填报部门',
    department: '学生工作处',
    users: [OFFICER, HEAD],
  });
}

/** A10-1 columns (catalog order): 学号, 姓名, 性别, 民族, 学籍状态, 出生日期, … */
export const COL = {
  no: 0,
  name: 1,
  sex: 2,
  nation: 3,
  birthday: 5,
  boolean: 10,
  length: 13,
  grade: 14,
  admission: 15,
  score: 16,
} as const;

export async function openStudentTable(page: Page): Promise<void> {
  await createDepartmentYear(page);
  await reopenStudentTable(page);
}

/** Signs the officer in to the existing year and opens A10-1 (after a reload or a crash). */
export async function reopenStudentTable(page: Page): Promise<void> {
  await signIn(page, YEAR, OFFICER);
  await page.getByTestId('my-tasks').getByText('A10-1', { exact: true }).click();
  await expect(page.getByTestId('entry-grid')).toBeVisible();
  await expect(page.getByTestId('row-count')).toBeVisible();
}

/** The accessible mirror of a visible cell; `col` is the field column (the row-number column is skipped). */
export function cell(page: Page, col: number, row: number): Locator {
  return page.getByTestId(`glide-cell-${col + 1}-${row}`);
}

export function gridInput(page: Page): Locator {
  return page.getByTestId('grid-input');
}

/** Widths of A10-1's first columns as grid-columns.ts sizes them (学号 code, 姓名 text, 性别/民族/学籍状态 enum, 出生日期 date). */
const WIDTHS = [110, 140, 130, 130, 130, 100];

/** Screen point inside a cell of the unscrolled grid: row numbers 56 px, header 36 px, rows 30 px. */
export async function cellPoint(page: Page, col: number, row: number): Promise<{ x: number; y: number }> {
  const cb = await page
    .locator('[data-testid="entry-grid"] canvas[data-testid="data-grid-canvas"]')
    .boundingBox();
  if (!cb) throw new Error('grid canvas not visible');
  const left = 56 + WIDTHS.slice(0, col).reduce((a, b) => a + b, 0);
  return { x: cb.x + left + Math.min(20, (WIDTHS[col] ?? 40) / 2), y: cb.y + 36 + row * 30 + 15 };
}

/**
 * Clicks a cell and waits until the grid's input has the keyboard again: glide focuses its canvas in the
 * frame after the click and the grid hands the focus back one task later, so text typed in between would
 * go to the canvas. Waiting for the next frame and a task lets that hand-back happen first.
 */
export async function clickCell(page: Page, col: number, row: number, shift = false): Promise<void> {
  const p = await cellPoint(page, col, row);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
  await expect(gridInput(page)).toBeFocused();
}

async function readActive(page: Page): Promise<[number, number] | null> {
  const ids = await page
    .locator('[data-testid="entry-grid"] td[aria-selected="true"]')
    .evaluateAll((tds) => tds.map((t) => t.getAttribute('data-testid') ?? ''));
  const m = ids.length === 1 ? /glide-cell-(\d+)-(\d+)/.exec(ids[0] ?? '') : null;
  return m ? [Number(m[1]) - 1, Number(m[2])] : null;
}

/** The active cell as [col, row] from the accessible mirror (aria-selected on a single cell). */
export async function activeCell(page: Page): Promise<[number, number]> {
  let last: [number, number] | null = null;
  await expect.poll(async () => (last = await readActive(page))).not.toBeNull();
  return last as unknown as [number, number];
}

/** Waits until the active cell is [col, row]. */
export async function expectActive(page: Page, col: number, row: number): Promise<void> {
  await expect.poll(() => readActive(page)).toEqual([col, row]);
}

/** Types into the grid like a person at the keyboard: focus stays in the grid input. */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

export async function pasteText(page: Page, text: string, html = ''): Promise<void> {
  await gridInput(page).evaluate(
    (el, [t, h]) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t ?? '');
      if (h) dt.setData('text/html', h);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [text, html],
  );
}

/** Fires a copy event at the grid input and returns what the grid put on the clipboard. */
export async function copyOut(page: Page): Promise<{ text: string; html: string }> {
  return gridInput(page).evaluate((el) => {
    const dt = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return { text: dt.getData('text/plain'), html: dt.getData('text/html') };
  });
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('已自动保存');
}

/** The colour [r, g, b] glide painted at a page point of the grid canvas (device pixel ratio 1). */
export async function canvasPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.locator('[data-testid="entry-grid"] canvas[data-testid="data-grid-canvas"]').evaluate(
    (canvas, [px, py]) => {
      const c = canvas as HTMLCanvasElement;
      const box = c.getBoundingClientRect();
      const scale = c.width / box.width;
      const data = c
        .getContext('2d')
        ?.getImageData(Math.round((px! - box.left) * scale), Math.round((py! - box.top) * scale), 1, 1).data;
      return data ? [data[0]!, data[1]!, data[2]!] : [];
    },
    [x, y],
  );
}
