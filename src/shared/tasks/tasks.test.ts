import { describe, expect, it } from 'vitest';
import type { Catalog, TableDef } from '../catalog/catalog-types';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { builtInDepartments } from '../departments/builtin-departments';
import { defaultTasks } from './default-tasks';
import { validateTasks } from './validate-tasks';
import { dueState, myTasks } from './my-tasks';
import type { TaskAssignment } from './task-types';

const table = (code: string, owner: string | null, status: TableDef['status'] = 'defined'): TableDef => ({
  code,
  name: `表${code}`,
  category: 'A',
  period: 'point',
  shape: 'list',
  status,
  ownerDepartment: owner,
  cooperatingDepartments: ['XGC'],
  core: false,
  naturalKey: [],
  supplementary: false,
  verified: true,
  note: '',
  fields: [],
});
const catalog: Catalog = {
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  tables: [table('A10-1', 'JWC'), table('A3', null), table('A9-2', 'JWC', 'pending')],
};
const departments = builtInDepartments();

const asDept = (d: { code: string; kind: 'college' }) => ({
  ...d,
  name: d.code,
  builtIn: false,
  infoOfficer: '',
  head: '',
  phone: '',
  sortOrder: 99,
});

describe('task matrix', () => {
  it('assigns defined tables to their owner, or to the office when the owner is unknown', () => {
    const tasks = defaultTasks(catalog, departments, '20260930');
    expect(tasks.map((t) => [t.tableCode, t.responsibleDepartment, t.cooperatingDepartments])).toEqual([
      ['A10-1', 'JWC', ['XGC']],
      ['A3', 'DDS', ['XGC']],
    ]);
  });

  it('lets the colleges of the year fill a college table, gathered by its owner as summary department', () => {
    const colleges = ['C01', 'C02'].map((code) => asDept({ code, kind: 'college' }));
    const withColleges = [...departments, ...colleges];
    const tasks = defaultTasks(catalog, withColleges, '20260930');
    expect(tasks[0]).toMatchObject({
      tableCode: 'A10-1',
      responsibleDepartment: 'JWC',
      cooperatingDepartments: ['XGC', 'C01', 'C02'],
      summaryDepartment: 'JWC',
    });
    // A3 is not a college table: its cooperating department sends straight to the office.
    expect(tasks[1]).toMatchObject({ tableCode: 'A3', summaryDepartment: null });
    // Without colleges nothing is gathered, so no summary step is added.
    expect(defaultTasks(catalog, departments, '20260930')[0]?.summaryDepartment).toBeNull();
    expect(validateTasks(tasks, catalog, withColleges).ok).toBe(true);
  });

  it('keeps the teachers’ basic tables current when their facts change, every other on no points', () => {
    const built = builtInCatalog();
    const tasks = defaultTasks(built, builtInDepartments(), '20260930');
    const onChange = tasks.filter((t) => t.updateOnChange === true).map((t) => t.tableCode);
    expect(onChange.sort()).toEqual(['A6-1-1', 'A6-2-1', 'A6-3-1', 'A6-4-1']);
    expect(tasks.some((t) => t.updatePoints !== undefined)).toBe(false);
    expect(validateTasks(tasks, built, builtInDepartments()).ok).toBe(true);
    const both = tasks.map((t) => (t.tableCode === 'A6-1-1' ? { ...t, updatePoints: ['20261101'] } : t));
    const r = validateTasks(both, built, builtInDepartments());
    expect(!r.ok && r.error.message).toMatch(/^表 A6-1-1（.*）：「发生变化时」更新的表不另设日期更新点。$/);
  });

  it('refuses unknown departments and an owner that also cooperates', () => {
    const [first] = defaultTasks(catalog, departments, '20260930') as [TaskAssignment];
    const unknown = validateTasks([{ ...first, summaryDepartment: 'NOPE' }], catalog, departments);
    expect(!unknown.ok && unknown.error.message).toBe('表 A10-1（表A10-1） 指定的部门 NOPE 不存在');
    const both = validateTasks([{ ...first, cooperatingDepartments: ['JWC'] }], catalog, departments);
    expect(!both.ok && both.error.code).toBe('cooperating-is-owner');
    expect(validateTasks([first], catalog, departments).ok).toBe(true);
  });

  it("lists a department's own, cooperating and summary tasks, soonest first", () => {
    const tasks: TaskAssignment[] = [
      {
        tableCode: 'A3',
        responsibleDepartment: 'ZWC',
        cooperatingDepartments: ['JWC'],
        summaryDepartment: null,
        deadline: '20261010',
      },
      {
        tableCode: 'A10-1',
        responsibleDepartment: 'JWC',
        cooperatingDepartments: [],
        summaryDepartment: null,
        deadline: '20260930',
      },
      {
        tableCode: 'A9-2',
        responsibleDepartment: 'XGC',
        cooperatingDepartments: [],
        summaryDepartment: null,
        deadline: '20260901',
      },
    ];
    const mine = myTasks(tasks, { role: 'department', departmentCode: 'JWC' });
    expect(mine.map((m) => [m.task.tableCode, m.part])).toEqual([
      ['A10-1', 'responsible'],
      ['A3', 'cooperating'],
    ]);
    expect(myTasks(tasks, { role: 'office', departmentCode: null })).toHaveLength(3);
  });

  it('marks overdue and due-soon tasks', () => {
    expect(dueState('20260930', '20261001')).toBe('overdue');
    expect(dueState('20260930', '20260925')).toBe('due-soon');
    expect(dueState('20260930', '20260901')).toBe('open');
  });
});
