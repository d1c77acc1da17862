import { describe, expect, it } from 'vitest';
import { gettingStartedSteps, type StationFacts } from './getting-started';

const fresh = (station: StationFacts['station']): StationFacts => ({
  station,
  hasKey: false,
  departmentsExpected: 12,
  departmentsRegistered: 0,
  setupSent: false,
  slicesExpected: 40,
  slicesApproved: 0,
  officePinned: false,
  setupApplied: false,
  ownRows: 0,
  submitted: false,
  dataSent: false,
});

const states = (f: StationFacts) => gettingStartedSteps(f).map((s) => `${s.id}:${s.state}`);

describe('开始使用 steps', () => {
  it('leads a fresh office from its key through registrations to the setup bundle', () => {
    expect(states(fresh('office'))).toEqual([
      'key:current',
      'registrations:todo',
      'fingerprints:todo',
      'setup:todo',
      'track:todo',
    ]);
    const later = { ...fresh('office'), hasKey: true, departmentsRegistered: 5 };
    expect(states(later)[1]).toBe('registrations:current');
    expect(gettingStartedSteps(later)[1]?.detail).toContain('已导入 5/12 个部门');
    const sent = { ...later, departmentsRegistered: 12, setupSent: true, slicesApproved: 3 };
    expect(states(sent)).toEqual([
      'key:done',
      'registrations:done',
      'fingerprints:done',
      'setup:done',
      'track:current',
    ]);
  });

  it('leads a department from its key to the exported data bundle, each step with a page', () => {
    const d = fresh('department');
    expect(states(d)[0]).toBe('key:current');
    const filled = { ...d, hasKey: true, officePinned: true, setupApplied: true, ownRows: 20 };
    expect(states(filled)).toEqual([
      'key:done',
      'registration:done',
      'setup:done',
      'fill:done',
      'submit:current',
      'export:todo',
    ]);
    for (const s of gettingStartedSteps(filled)) expect(s.page).not.toBe('');
    expect(gettingStartedSteps({ ...filled, submitted: true }).find((s) => s.state === 'current')?.tab).toBe(
      'export',
    );
  });
});
