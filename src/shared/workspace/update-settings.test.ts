import { describe, expect, it } from 'vitest';
import { createWorkspace, defaultYearSettings } from './create-workspace';
import { addUser, removeUser, resetPin, updateSettings } from './update-settings';
import { verifyPin } from './pin';
import type { Workspace } from './workspace-types';

function ws(): Workspace {
  const r = createWorkspace(
    {
      schoolName: '测试学院',
      provinceCode: '44',
      schoolCode: '12954',
      academicYearStart: 2025,
      ...defaultYearSettings(2025),
      stationRole: 'department',
      departmentCode: 'JWC',
      users: [
        { name: '张三', role: 'filler', pin: '1234' },
        { name: '李四', role: 'head', pin: '4321' },
      ],
    },
    new Date('2026-09-01T00:00:00Z'),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('year settings', () => {
  it('renames and moves deadlines, refusing an out-of-order set', () => {
    const w = ws();
    const d = defaultYearSettings(2025).deadlines;
    const r = updateSettings(
      w,
      { name: '新名称', financeYear: 2025, snapshotDate: '20260901', deadlines: d },
      new Date(),
    );
    expect(r.ok && r.value.name).toBe('新名称');
    const bad = updateSettings(
      w,
      {
        name: 'x',
        financeYear: 2025,
        snapshotDate: '20260901',
        deadlines: { ...d, schoolReview: '20200101' },
      },
      new Date(),
    );
    expect(!bad.ok && bad.error.code).toBe('deadlines');
  });

  it('adds a user, resets a PIN and protects the last user of a role', () => {
    const w = ws();
    const added = addUser(w, '王五', 'filler', '5555', new Date());
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const wang = added.value.users.find((u) => u.name === '王五');
    expect(wang && verifyPin('5555', wang.pinSalt, wang.pinHash)).toBe(true);
    const reset = resetPin(added.value, wang?.id ?? '', '9999', new Date());
    const wang2 = reset.ok ? reset.value.users.find((u) => u.name === '王五') : undefined;
    expect(wang2 && verifyPin('9999', wang2.pinSalt, wang2.pinHash)).toBe(true);
    const head = w.users.find((u) => u.role === 'head');
    const filler = w.users.find((u) => u.role === 'filler');
    const last = removeUser(w, head?.id ?? '', filler?.id ?? '', new Date());
    expect(!last.ok && last.error.message).toBe('本站点至少需要一名负责人');
    const self = removeUser(added.value, filler?.id ?? '', filler?.id ?? '', new Date());
    expect(!self.ok && self.error.code).toBe('user-self');
    expect(addUser(w, '赵六', 'leader', '1111', new Date()).ok).toBe(false);
  });
});
