import { describe, expect, it } from 'vitest';
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import type { CellValue, StoredRow } from '../records/record-types';
import { validateCellValue } from './validate-cell-value';
import { tableCompleteness, validateRow } from './validate-row';

const field = (key: string, over: Partial<FieldDef>): FieldDef => ({
  key,
  label: key,
  type: 'text',
  unit: '',
  required: false,
  note: '',
  verified: true,
  ...over,
});

const table = (fields: FieldDef[]): TableDef => ({
  code: 'A10-1',
  name: '在校生信息表',
  category: 'A10 学生',
  period: 'point',
  shape: 'list',
  status: 'defined',
  ownerDepartment: null,
  cooperatingDepartments: [],
  core: false,
  naturalKey: ['xh'],
  supplementary: false,
  verified: true,
  note: '',
  fields,
});

const students = table([
  field('xh', { label: '学号', type: 'code', required: true, pattern: '\\d{10}' }),
  field('xm', { label: '姓名', required: true }),
  field('xb', { label: '性别', type: 'enum', options: ['男', '女'], required: true }),
  field('rxny', { label: '入学年月', type: 'yearMonth' }),
  field('jg', { label: '籍贯', type: 'enum', optionsPending: true }),
  field('constructor', { label: '保留名', type: 'integer' }),
]);

const row = (values: Record<string, CellValue>, i = 0): StoredRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  values,
  by: '信息员',
  at: '2024-09-01T00:00:00.000Z',
  src: 'typed',
});

describe('validateRow', () => {
  it('returns only the fields with issues, keyed by field key', () => {
    const issues = validateRow(students, {
      xh: '2023000001',
      xm: '张三',
      xb: '男性',
      rxny: '202313',
      jg: '广东',
    });
    expect([...issues.keys()]).toEqual(['xb', 'rxny', 'jg']);
    expect(issues.get('xb')?.code).toBe('not-an-option');
    expect(issues.get('rxny')?.message).toBe('「入学年月」应为年月，格式 YYYYMM，如 202309');
    expect(issues.get('jg')?.severity).toBe('warning');
  });

  it('treats missing keys as empty, ignores keys not in the table and inherited object members', () => {
    const issues = validateRow(students, { extra: 'x' });
    expect([...issues.keys()]).toEqual(['xh', 'xm', 'xb']);
    expect([...issues.values()].every((i) => i.code === 'required')).toBe(true);
  });
});

describe('tableCompleteness', () => {
  it('counts required cells, filled ones, errors (not counting required-empty) and warnings', () => {
    const rows = [
      row({ xh: '2023000001', xm: '张三', xb: '男', rxny: '202309' }, 1),
      row({ xh: '123', xm: null, xb: '女', jg: '广东' }, 2),
      row({ xh: null, xm: ' 李四', xb: 'x', constructor: 1.5 }, 3),
    ];
    expect(tableCompleteness(students, rows)).toEqual({
      rows: 3,
      requiredCells: 9,
      requiredFilled: 7,
      errorCells: 3,
      warningCells: 2,
    });
    expect(tableCompleteness(students, [])).toEqual({
      rows: 0,
      requiredCells: 0,
      requiredFilled: 0,
      errorCells: 0,
      warningCells: 0,
    });
  });

  it('gives the same counts as validating each cell on its own over 100,000 rows × 20 fields', () => {
    const types: FieldDef[] = [];
    for (let f = 0; f < 20; f++) {
      const kinds: Partial<FieldDef>[] = [
        { type: 'text', required: true },
        { type: 'integer', min: 0, max: 5000 },
        { type: 'decimal', precision: 2 },
        { type: 'percent', min: 0, max: 100 },
        { type: 'date', required: true },
        { type: 'yearMonth' },
        { type: 'enum', options: ['甲', '乙', '丙'] },
        { type: 'code', pattern: '[A-Z]\\d{3}' },
        { type: 'idCard' },
        { type: 'boolean' },
      ];
      types.push(field(`f${f}`, kinds[f % kinds.length] ?? {}));
    }
    const big = table(types);
    const samples: Record<string, CellValue[]> = {
      text: ['张三', null, ' 李四'],
      integer: [12, 1.5, 9000, null],
      decimal: [1.25, 1.255, null],
      percent: [12.5, 120, null],
      date: ['20230901', '20230230', null],
      yearMonth: ['202309', '202313', null],
      enum: ['甲', '丁', null],
      code: ['A123', 'a123', null],
      idCard: ['11010519491231002X', '110105194912310021', null],
      boolean: [true, false, null, '是'],
    };
    const rows: StoredRow[] = [];
    for (let r = 0; r < 100_000; r++) {
      const values: Record<string, CellValue> = {};
      types.forEach((f, i) => {
        const options = samples[f.type] ?? [null];
        values[f.key] = options[(r * 7 + i * 3) % options.length] ?? null;
      });
      rows.push(row(values, r));
    }
    let requiredFilled = 0;
    let errorCells = 0;
    let warningCells = 0;
    for (const r of rows) {
      for (const f of types) {
        const v = r.values[f.key] ?? null;
        if (f.required && v !== null && v !== '') requiredFilled++;
        const issue = validateCellValue(f, v) ?? undefined;
        if (issue?.severity === 'warning') warningCells++;
        else if (issue !== undefined && issue.code !== 'required') errorCells++;
      }
    }
    const counts = tableCompleteness(big, rows);
    expect(counts).toEqual({
      rows: 100_000,
      requiredCells: 400_000,
      requiredFilled,
      errorCells,
      warningCells,
    });
    expect(counts.errorCells).toBeGreaterThan(500_000);
    // validateRow agrees with the per-cell validator on a sample of rows.
    for (const r of rows.slice(0, 50)) {
      const issues = validateRow(big, r.values);
      for (const f of types)
        expect(issues.get(f.key) ?? null).toEqual(validateCellValue(f, r.values[f.key] ?? null));
    }
    expect(counts.warningCells).toBeGreaterThan(0);
  });
});
