// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentNamer } from '../../../shared/departments/department-names';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { signoffOverview } from '../../../shared/year-close/signoff-overview';
import { FreezeList } from './FreezeList';
import { SignoffItems, SignoffProgress } from './SignoffStatus';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';

afterEach(cleanup);

const task: TaskAssignment = {
  tableCode: 'A10-1',
  responsibleDepartment: 'XGC',
  cooperatingDepartments: ['TW'],
  summaryDepartment: null,
  deadline: '20261031',
};
const item: RectificationItem = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  departmentCode: 'TW',
  title: '志愿者人数核实',
  detail: '',
  origin: { kind: 'observation' },
  dueDate: '20261020',
  blocking: true,
  state: 'open',
  accepted: false,
  response: '',
  evidence: { tableCode: null, rowIds: [], attachment: null },
  createdAt: '2026-10-01T00:00:00.000Z',
  createdBy: '吴督导',
  revision: 1,
  history: [],
};
const name = departmentNamer([
  { code: 'XGC', name: '学生工作处' },
  { code: 'TW', name: '团委会' },
]);
const overview = signoffOverview([task], [], [], [item], '20261001');

describe('the sign-off status cards', () => {
  it('name the departments of the slices still open, counted as 项 like 完成情况', () => {
    const view = render(<SignoffProgress overview={overview} name={name} />);
    const text = view.getByTestId('signoff-progress').textContent ?? '';
    expect(text).toContain('还有 2 项未通过校级审核');
    expect(text).toContain('A10-1/学生工作处（填报中）、A10-1/团委会（填报中）');
    expect(text).not.toMatch(/XGC|TW|切片/);
  });

  it('name the department of an open 整改 item', () => {
    const view = render(<SignoffItems overview={overview} name={name} onOpenAnalysis={() => {}} />);
    const text = view.getByTestId('signoff-items').textContent ?? '';
    expect(text).toContain('团委会：志愿者人数核实');
    expect(text).not.toContain('TW');
  });

  it('name the departments each table freezes for', () => {
    const view = render(<FreezeList overview={overview} catalog={builtInCatalog()} department={name} />);
    const text = view.getByTestId('signoff-freeze').textContent ?? '';
    expect(text).toContain('学生工作处、团委会');
    expect(text).not.toMatch(/XGC|TW/);
  });
});
