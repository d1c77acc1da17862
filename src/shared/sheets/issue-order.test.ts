import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './import-issues';
import { sortIssues } from './issue-order';

const issue = (
  row: number,
  column: string,
  severity: ImportIssue['severity'],
  blocking = false,
  sheet = '在校生',
): ImportIssue => ({
  sheet,
  row,
  column,
  columnLabel: column,
  fieldKey: column,
  value: '',
  code: severity,
  message: '',
  severity,
  blocking,
});

describe('the import problem list order', () => {
  it('puts blocking problems first, then the other errors, hints and 已处理, each by row and column', () => {
    const list = [
      issue(9, 'B', 'notice'),
      issue(7, 'AA', 'error', true),
      issue(3, 'C', 'warning'),
      issue(7, 'B', 'error', true),
      issue(2, 'D', 'error'),
      issue(12, 'A', 'error', true),
    ];
    expect(sortIssues(list).map((i) => `${i.row}${i.column}`)).toEqual([
      '7B',
      '7AA',
      '12A',
      '2D',
      '3C',
      '9B',
    ]);
    expect(list[0]?.row).toBe(9);
  });

  it('keeps the sheets in the order the file has them', () => {
    const list = [issue(2, 'A', 'error', true, '二班'), issue(5, 'A', 'error', true, '一班')];
    expect(sortIssues(list).map((i) => i.sheet)).toEqual(['二班', '一班']);
  });
});
