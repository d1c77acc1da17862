import { describe, expect, it } from 'vitest';
import type { TaskAssignment } from '../tasks/task-types';
import { annexBundleEntryBytes } from './annex-bundle-entry';
import { newAnnexEntry, type AnnexEntry } from './annex-entry';
import { readIncomingAnnex, type IncomingAnnex } from './annex-incoming';
import { BUILTIN_ANNEXES } from './builtin-annexes';
import { departmentNamer } from '../departments/department-names';

const task = (tableCode: string, responsible: string, summary: string | null): TaskAssignment => ({
  tableCode,
  responsibleDepartment: responsible,
  cooperatingDepartments: [],
  summaryDepartment: summary,
  deadline: '20251010',
});
// C01 sends only through XGC; C02 sends the office directly; XGC has a table of its own.
const tasks = [task('A1', 'C01', 'XGC'), task('A2', 'C02', null), task('A3', 'XGC', null)];

function figure(departmentCode: string, rowId = 'scorecard.monthly-income'): AnnexEntry {
  const r = newAnnexEntry(
    BUILTIN_ANNEXES,
    { rowId, column: 1, departmentCode, value: 4820, source: '毕业生跟踪调查报告', evidence: '' },
    '信息员',
    '2026-10-01T00:00:00.000Z',
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const entry = (...figures: AnnexEntry[]) => annexBundleEntryBytes(figures);
const read = (over: Partial<IncomingAnnex>) =>
  readIncomingAnnex({
    here: 'OFFICE',
    kind: 'data',
    sender: 'C02',
    contributors: [],
    tasks,
    defs: BUILTIN_ANNEXES,
    ...over,
  });

describe('annex figures a received bundle brings', () => {
  it('takes a department’s figures only by its one channel', () => {
    expect(read({ own: entry(figure('C02')) }).ok).toBe(true);
    expect(read({ here: 'XGC', sender: 'C01', own: entry(figure('C01')) }).ok).toBe(true);
    const direct = read({ sender: 'C01', own: entry(figure('C01')) });
    expect(!direct.ok && direct.error.message).toContain('C01的附表填报数值应经XGC汇总转报');
    const viaSummary = read({ here: 'XGC', sender: 'C02', own: entry(figure('C02')) });
    expect(!viaSummary.ok && viaSummary.error.message).toContain('C02的附表填报数值应直接报送督导室');
  });

  it('reads a forward’s originals as their departments’ and its own entry as the summary’s', () => {
    const r = read({
      kind: 'forward',
      sender: 'XGC',
      own: entry(figure('XGC', 'scorecard.relevance')),
      contributors: [{ departmentCode: 'C01', annexEntry: entry(figure('C01')) }, { departmentCode: 'C03' }],
    });
    expect(r.ok && r.value.map((e) => e.departmentCode)).toEqual(['XGC', 'C01']);
  });

  it('refuses an original from a department whose figures go directly, naming it', () => {
    const r = read({
      kind: 'forward',
      sender: 'XGC',
      contributors: [{ departmentCode: 'C02', annexEntry: entry(figure('C02')) }],
    });
    expect(!r.ok && r.error.message).toBe(
      '汇总转报包中C02的附表填报数值应直接报送督导室，不能由XGC转报，已拒绝。',
    );
  });

  it('refuses an original carrying another department’s figure, and one cell claimed twice', () => {
    const stray = read({
      kind: 'forward',
      sender: 'XGC',
      contributors: [{ departmentCode: 'C01', annexEntry: entry(figure('XGC')) }],
    });
    expect(!stray.ok && stray.error.message).toContain('汇总转报包中C01的原始数据包：');
    expect(!stray.ok && stray.error.message).toContain('不是C01填报的数值');
    const twice = read({
      kind: 'forward',
      sender: 'XGC',
      own: entry(figure('XGC')),
      contributors: [{ departmentCode: 'C01', annexEntry: entry(figure('C01')) }],
    });
    expect(!twice.ok && twice.error.message).toContain('同时由XGC和C01填报');
  });

  it('names the departments in its refusals by the station’s department list', () => {
    const name = departmentNamer([
      { code: 'XGC', name: '学生工作处' },
      { code: 'C01', name: '机电学院' },
      { code: 'C02', name: '信息学院' },
    ]);
    const direct = read({ sender: 'C01', own: entry(figure('C01')), name });
    expect(!direct.ok && direct.error.message).toBe(
      '机电学院的附表填报数值应经学生工作处汇总转报，本包不应含有，已拒绝。',
    );
    const relayed = read({
      kind: 'forward',
      sender: 'XGC',
      contributors: [{ departmentCode: 'C02', annexEntry: entry(figure('C02')) }],
      name,
    });
    expect(!relayed.ok && relayed.error.message).toBe(
      '汇总转报包中信息学院的附表填报数值应直接报送督导室，不能由学生工作处转报，已拒绝。',
    );
    const stray = read({
      kind: 'forward',
      sender: 'XGC',
      contributors: [{ departmentCode: 'C01', annexEntry: entry(figure('XGC')) }],
      name,
    });
    expect(!stray.ok && stray.error.message).toContain('汇总转报包中机电学院的原始数据包：');
    expect(!stray.ok && stray.error.message).toContain('不是机电学院填报的数值');
    const twice = read({
      kind: 'forward',
      sender: 'XGC',
      own: entry(figure('XGC')),
      contributors: [{ departmentCode: 'C01', annexEntry: entry(figure('C01')) }],
      name,
    });
    expect(!twice.ok && twice.error.message).toContain('同时由学生工作处和机电学院填报');
  });
});
