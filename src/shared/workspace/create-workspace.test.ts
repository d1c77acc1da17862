import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  defaultYearSettings,
  pastDeadlines,
  type NewWorkspaceInput,
} from './create-workspace';
import { verifyPin } from './pin';
import { schoolIdentifier } from './school-identifier';
import { academicYearRange, periodText } from './collection-period';

const base = (): NewWorkspaceInput => ({
  schoolName: '汕头职业技术学院',
  provinceCode: '44',
  schoolCode: '12954',
  academicYearStart: 2025,
  ...defaultYearSettings(2025),
  stationRole: 'department',
  departmentCode: 'JWC',
  users: [
    { name: '张三', role: 'filler', pin: '1234' },
    { name: '李四', role: 'head', pin: '567890' },
  ],
});

describe('createWorkspace', () => {
  it('creates a department workspace with hashed PINs and a derived name', () => {
    const r = createWorkspace(base(), new Date('2026-09-01T00:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('2025-2026学年状态数据');
    expect(r.value.station).toEqual({ role: 'department', departmentCode: 'JWC' });
    const filler = r.value.users.find((u) => u.role === 'filler');
    expect(filler && verifyPin('1234', filler.pinSalt, filler.pinHash)).toBe(true);
    expect(filler && verifyPin('1235', filler.pinSalt, filler.pinHash)).toBe(false);
    expect(JSON.stringify(r.value)).not.toContain('567890');
  });

  it('refuses a school code that is not 5 digits', () => {
    const r = createWorkspace({ ...base(), schoolCode: '1295' }, new Date());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('学校代码应为 5 位数字');
  });

  it('requires the supervisor and leading group at the office', () => {
    const r = createWorkspace({ ...base(), stationRole: 'office', departmentCode: null }, new Date());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('本站点至少需要一名督导员');
  });

  it('refuses office-only roles at a department station', () => {
    const input = {
      ...base(),
      users: [...base().users, { name: '王五', role: 'leader' as const, pin: '1111' }],
    };
    const r = createWorkspace(input, new Date());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('领导小组只在督导室站点设置');
  });

  it('refuses a malformed PIN and duplicate user names', () => {
    const badPin = createWorkspace(
      { ...base(), users: [{ name: '张三', role: 'filler', pin: '12a4' }] },
      new Date(),
    );
    expect(!badPin.ok && badPin.error.message).toBe('「张三」的 PIN 应为 4–6 位数字');
    const dup = createWorkspace(
      { ...base(), users: [...base().users, { name: '张三', role: 'head', pin: '2222' }] },
      new Date(),
    );
    expect(!dup.ok && dup.error.message).toBe('用户「张三」重复');
  });

  it('refuses deadlines out of order', () => {
    const d = defaultYearSettings(2025).deadlines;
    const r = createWorkspace({ ...base(), deadlines: { ...d, fill: '20261231' } }, new Date());
    expect(!r.ok && r.error.code).toBe('deadlines');
  });
});

describe('school identifier and periods', () => {
  it('derives the 10-digit identifier: 41 + province + 0 + code', () => {
    expect(schoolIdentifier('44', '12954')).toBe('4144012954');
    expect(schoolIdentifier('99', '12954')).toBeNull();
    expect(schoolIdentifier('44', '1295')).toBeNull();
  });

  it('maps an academic year to Sep 1 – Aug 31', () => {
    expect(academicYearRange(2025)).toEqual({ from: '20250901', to: '20260831' });
    const s = { academicYearStart: 2025, financeYear: 2025, snapshotDate: '20260831' };
    expect(periodText('calendar-year', s)).toBe('2025-01-01 至 2025-12-31');
    expect(periodText('point', s)).toBe('时点 2026-08-31');
  });
});

describe('default deadlines', () => {
  it('keeps the usual calendar while it is ahead, and never offers a past date', () => {
    expect(defaultYearSettings(2026, '20261206').deadlines.fill).toBe('20270930');
    const late = defaultYearSettings(2025, '20261206').deadlines;
    expect(late).toEqual({
      fill: '20270105',
      departmentReview: '20270115',
      summaryReview: '20270125',
      schoolReview: '20270205',
    });
    expect(pastDeadlines(late, '20261206')).toEqual([]);
    expect(pastDeadlines(defaultYearSettings(2025).deadlines, '20261206')).toEqual([
      'fill',
      'departmentReview',
      'summaryReview',
      'schoolReview',
    ]);
  });
});
