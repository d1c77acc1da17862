import { describe, expect, it } from 'vitest';
import type { StoredRow } from '../records/record-types';
import { ctx, dept, direct, office, passing, routed, summary } from './review-test-fixtures';
import type { ReviewState, StationRef, Submission } from './review-types';
import { nextReviewState, type ReviewAction } from './review-workflow';
import {
  departmentFillsAtOwnStation,
  mergeSliceDecision,
  sameSliceContent,
  sliceWriteGate,
  stationUserGate,
  type StationKeyRef,
} from './slice-freeze';
import type { Actor } from './review-types';

const DEPT_STATION: StationRef = { role: 'department', departmentCode: 'XGC' };
const OFFICE_STATION: StationRef = { role: 'office', departmentCode: null };

function step(s: Submission, action: ReviewAction, actor: Actor): Submission {
  const r = nextReviewState(s, action, actor, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** XGC's A10-1 walked through its route (via JWC) as far as `until`. */
function walked(until: ReviewState): Submission {
  const path: Array<[ReviewState, ReviewAction, Actor]> = [
    ['submitted', { type: 'submit' }, dept('XGC', 'filler')],
    ['dept-approved', { type: 'approve', level: 1, checklist: passing(1), ticks: [] }, dept('XGC', 'head')],
    ['received', { type: 'receive' }, summary('JWC', 'head')],
    [
      'summary-approved',
      { type: 'approve', level: 2, checklist: passing(2), ticks: [] },
      summary('JWC', 'head'),
    ],
    [
      'school-approved',
      { type: 'approve', level: 3, checklist: passing(3), ticks: [] },
      office('supervisor'),
    ],
    ['locked', { type: 'lock' }, office('leader')],
  ];
  let s = routed();
  for (const [to, action, actor] of path) {
    if (s.state === until) break;
    s = step(s, action, actor);
    if (to === until) break;
  }
  return s;
}

const gate = (submission: Submission | undefined, station = DEPT_STATION, yearLocked = false) =>
  sliceWriteGate({ tableCode: 'A10-1', departmentCode: 'XGC', submission, station, yearLocked });

describe('sliceWriteGate', () => {
  it('lets a slice nobody reviewed yet, or a draft, be written', () => {
    expect(gate(undefined)).toEqual({ writable: true });
    expect(gate(routed('draft'))).toEqual({ writable: true });
  });

  it('freezes a submitted slice and names the 负责人 who can return it', () => {
    const v = gate(walked('submitted'));
    expect(v.writable).toBe(false);
    if (v.writable) return;
    expect(v.code).toBe('slice-submitted');
    expect(v.reason).toContain('已提交部门负责人审核');
    expect(v.reason).toContain('XGC-filler');
    expect(v.whoCanReopen).toBe('本部门负责人退回');
    expect(v.message).toMatch(
      /^表 A10-1（XGC）已提交部门负责人审核.*数据只读，未写入任何内容；如需修改，须由本部门负责人退回。$/,
    );
  });

  it('freezes every state past draft: handed over (L1, received) and approved (L2, L3)', () => {
    const expected: Array<[ReviewState, string, RegExp, RegExp]> = [
      [
        'dept-approved',
        'slice-submitted',
        /部门负责人审核通过并报送（XGC-head/,
        /汇总部门负责人或学校督导员退回/,
      ],
      ['received', 'slice-submitted', /由汇总部门接收/, /汇总部门负责人或学校督导员退回/],
      [
        'summary-approved',
        'slice-approved',
        /汇总部门审核通过（汇总部门审核）（JWC-sum-head/,
        /学校督导室督导员退回/,
      ],
      [
        'school-approved',
        'slice-approved',
        /学校审核通过（校级审核）（office-supervisor/,
        /学校督导室督导员退回/,
      ],
    ];
    for (const [state, code, reason, who] of expected) {
      const v = gate(walked(state));
      expect(v.writable, state).toBe(false);
      if (v.writable) continue;
      expect(v.state).toBe(state);
      expect(v.code).toBe(code);
      expect(v.reason).toMatch(reason);
      expect(v.whoCanReopen).toMatch(who);
    }
  });

  it('names the department by the name the station knows it by, else by its code', () => {
    const input = {
      tableCode: 'A10-1',
      departmentCode: 'XGC',
      submission: { summaryDepartment: null, state: 'submitted' as const, history: [] },
      station: { role: 'department' as const, departmentCode: 'XGC' },
      yearLocked: false,
    };
    const named = sliceWriteGate({ ...input, departmentName: '学生工作处' });
    expect(named.writable ? '' : named.message).toMatch(/^表 A10-1（学生工作处）已提交部门负责人审核/);
    const coded = sliceWriteGate(input);
    expect(coded.writable ? '' : coded.message).toMatch(/^表 A10-1（XGC）/);
  });

  it('the office’s lock list received here freezes a slice this station never submitted, naming who locked', () => {
    const lock = { at: '2025-11-02T08:00:00.000Z', by: '郑校长' };
    const v = sliceWriteGate({
      tableCode: 'A10-3',
      departmentCode: 'TW',
      departmentName: '团委会',
      submission: undefined,
      station: { role: 'department', departmentCode: 'TW' },
      yearLocked: false,
      receivedLock: lock,
    });
    expect(v.writable ? '' : v.message).toBe(
      '表 A10-3（团委会）学校已锁定本学年（郑校长，2025-11-02），数据只读，未写入任何内容；' +
        '如需修改，须由学校督导室督导员或领导小组填写原因解除年度锁定。',
    );
    expect(gate(undefined).writable).toBe(true);
  });

  it('names the office itself as “本站” when the office is the writer', () => {
    const v = gate(walked('school-approved'), OFFICE_STATION);
    expect(!v.writable && v.whoCanReopen).toBe('本站（督导室）督导员退回');
  });

  it('a slice going straight to the office is returned by the 督导员 only', () => {
    const s = step(
      step(direct(), { type: 'submit' }, dept('RSC', 'filler')),
      {
        type: 'approve',
        level: 1,
        checklist: passing(1),
        ticks: [],
      },
      dept('RSC', 'head'),
    );
    const v = gate(s);
    expect(!v.writable && v.whoCanReopen).toBe('学校督导员退回');
  });

  it('a locked slice, or any slice in a locked year, is frozen until the office reopens the year', () => {
    const locked = gate(walked('locked'));
    expect(!locked.writable && locked.code).toBe('year-locked');
    expect(!locked.writable && locked.reason).toContain('office-leader');
    const draftInLockedYear = gate(undefined, DEPT_STATION, true);
    expect(draftInLockedYear.writable).toBe(false);
    if (draftInLockedYear.writable) return;
    expect(draftInLockedYear.code).toBe('year-locked');
    expect(draftInLockedYear.whoCanReopen).toBe('学校督导室督导员或领导小组填写原因解除年度锁定');
  });

  it('a return goes back to draft: writable again, whatever levels approved before', () => {
    const returned = step(
      walked('school-approved'),
      { type: 'return', reason: '学号有误' },
      office('supervisor'),
    );
    expect(returned.state).toBe('draft');
    expect(gate(returned)).toEqual({ writable: true });
    // Reopening the lock gives school-approved back, which is still frozen until returned.
    const reopened = step(walked('locked'), { type: 'reopen', reason: '更正' }, office('leader'));
    expect(gate(reopened).writable).toBe(false);
  });
});

const row = (id: string, xm: string, by = '甲'): StoredRow => ({
  id,
  values: { xm },
  by,
  at: '2026-09-01T00:00:00.000Z',
  src: 'typed',
});
const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';

describe('sameSliceContent', () => {
  it('compares ids and values, not order or provenance', () => {
    expect(
      sameSliceContent([row(ID1, '张三'), row(ID2, '李四')], [row(ID2, '李四', '乙'), row(ID1, '张三')]),
    ).toBe(true);
    expect(sameSliceContent([row(ID1, '张三')], [row(ID1, '张三改')])).toBe(false);
    expect(sameSliceContent([row(ID1, '张三')], [row(ID2, '张三')])).toBe(false);
    expect(sameSliceContent([row(ID1, '张三')], [])).toBe(false);
  });
});

describe('mergeSliceDecision', () => {
  const frozenVerdict = gate(walked('school-approved'), OFFICE_STATION);
  it('writes a writable slice, keeps a frozen one whose rows would not change, refuses one that would', () => {
    expect(mergeSliceDecision({ writable: true }, false)).toEqual({ action: 'write' });
    expect(mergeSliceDecision(frozenVerdict, true)).toEqual({ action: 'keep' });
    const r = mergeSliceDecision(frozenVerdict, false);
    expect(r.action).toBe('refuse');
    expect(r.action === 'refuse' && r.message).toContain('表 A10-1（XGC）');
  });
});

describe('stationUserGate', () => {
  const SUMMARY_STATION: StationRef = { role: 'summary', departmentCode: 'JWC' };
  const user = (submission: Submission | undefined, station: StationRef, departmentCode = 'XGC') =>
    stationUserGate({
      tableCode: 'A10-1',
      departmentCode,
      departmentName: '学生工作处',
      submission,
      station,
      yearLocked: false,
    });

  it('a summary department’s users never write a copy of another department’s slice, even returned to draft', () => {
    for (const s of [undefined, routed('draft')]) {
      const v = user(s, SUMMARY_STATION);
      expect(v.writable).toBe(false);
      if (v.writable) continue;
      expect(v.code).toBe('slice-copy');
      expect(v.message).toBe(
        '表 A10-1（学生工作处）是该部门报送到本站的副本，数据只读，未写入任何内容；如需修改，须由学生工作处修改后重新报送。',
      );
    }
  });

  it('its own slice, a department station’s, and the office’s without a station of the department, follow the freeze rule alone', () => {
    expect(user(routed('draft'), SUMMARY_STATION, 'JWC')).toEqual({ writable: true });
    expect(user(routed('draft'), DEPT_STATION)).toEqual({ writable: true });
    expect(user(routed('draft'), OFFICE_STATION)).toEqual({ writable: true });
    const approved = walked('summary-approved');
    expect(user(approved, SUMMARY_STATION)).toEqual(
      sliceWriteGate({
        tableCode: 'A10-1',
        departmentCode: 'XGC',
        departmentName: '学生工作处',
        submission: approved,
        station: SUMMARY_STATION,
        yearLocked: false,
      }),
    );
  });
});

describe('the office’s copies of the slices a department with its own station sent', () => {
  const atOffice = (
    submission: Submission | undefined,
    departmentHasStation: boolean | undefined,
    yearLocked = false,
  ) =>
    stationUserGate({
      tableCode: 'A10-1',
      departmentCode: 'XGC',
      departmentName: '学生工作处',
      submission,
      station: OFFICE_STATION,
      yearLocked,
      ...(departmentHasStation === undefined ? {} : { departmentHasStation }),
    });

  it('are never written by the office’s users, not before the first bundle and not after a return to draft', () => {
    for (const s of [undefined, routed('draft'), direct('draft')]) {
      const v = atOffice(s, true);
      expect(v.writable).toBe(false);
      if (v.writable) continue;
      expect(v.code).toBe('slice-copy');
      expect(v.state).toBe('draft');
      expect(v.reason).toBe('是该部门报送到本站的副本');
      expect(v.message).toBe(
        '表 A10-1（学生工作处）是该部门报送到本站的副本，数据只读，未写入任何内容；如需修改，须由学生工作处修改后重新报送；报送到本站后，本站督导员或领导小组也可作校级更正。',
      );
    }
  });

  it('keep the freeze rule’s own reason while frozen for another reason (received, approved, locked year)', () => {
    for (const s of [walked('received'), walked('school-approved')]) {
      const v = atOffice(s, true);
      expect(v).toEqual(
        sliceWriteGate({
          tableCode: 'A10-1',
          departmentCode: 'XGC',
          departmentName: '学生工作处',
          submission: s,
          station: OFFICE_STATION,
          yearLocked: false,
        }),
      );
      expect(v.writable === false && v.code).not.toBe('slice-copy');
    }
    const locked = atOffice(routed('draft'), true, true);
    expect(locked.writable === false && locked.code).toBe('year-locked');
  });

  it('a department without a station of its own is filled at the office on its behalf', () => {
    expect(atOffice(routed('draft'), false)).toEqual({ writable: true });
    expect(atOffice(undefined, undefined)).toEqual({ writable: true });
  });
});

describe('departmentFillsAtOwnStation', () => {
  const key = (departmentCode: string, role: StationKeyRef['role'], revokedAt?: string): StationKeyRef => ({
    departmentCode,
    role,
    ...(revokedAt === undefined ? {} : { revokedAt }),
  });
  const REVOKED = '2026-10-01T08:00:00.000Z';

  it('holds for a department or summary department with an unrevoked key in the trust list', () => {
    expect(departmentFillsAtOwnStation([key('DDS', 'office'), key('XGC', 'department')], 'XGC')).toBe(true);
    expect(departmentFillsAtOwnStation([key('JWC', 'summary')], 'JWC')).toBe(true);
    // A rotated key: the old one revoked, the new one standing.
    expect(
      departmentFillsAtOwnStation([key('XGC', 'department', REVOKED), key('XGC', 'department')], 'XGC'),
    ).toBe(true);
  });

  it('does not hold for an unregistered department, one whose every key is revoked, or the office’s own key', () => {
    expect(departmentFillsAtOwnStation([], 'XGC')).toBe(false);
    expect(departmentFillsAtOwnStation([key('TW', 'department')], 'XGC')).toBe(false);
    expect(departmentFillsAtOwnStation([key('XGC', 'department', REVOKED)], 'XGC')).toBe(false);
    expect(departmentFillsAtOwnStation([key('DDS', 'office')], 'DDS')).toBe(false);
  });
});
