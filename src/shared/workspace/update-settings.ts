/**
 * 年度设置 changes after creation: name, finance year, snapshot date, deadlines, and local users (add,
 * reset PIN, remove). The school and the station role are fixed once created: bundles and keys refer to
 * them. Every change is checked as a whole before it is saved.
 */
import { err, ok, type Result } from '../result';
import { newUuid } from '../ids';
import { hashPin, newPinSalt, PIN_PATTERN } from './pin';
import {
  rolesForStation,
  USER_ROLE_LABELS,
  workspaceSchema,
  type Deadlines,
  type UserRole,
  type Workspace,
} from './workspace-types';

export interface SettingsChange {
  readonly name: string;
  readonly financeYear: number;
  readonly snapshotDate: string;
  readonly deadlines: Deadlines;
}

export function updateSettings(ws: Workspace, change: SettingsChange, now: Date): Result<Workspace> {
  const d = change.deadlines;
  if (!change.name.trim()) return err('name', '请填写年度名称');
  if (!(
    d.fill <= d.departmentReview &&
    d.departmentReview <= d.summaryReview &&
    d.summaryReview <= d.schoolReview
  ))
    return err('deadlines', '截止日期应依次为：填报 ≤ 部门审核 ≤ 汇总审核 ≤ 校级审核');
  return check({ ...ws, ...change, name: change.name.trim(), updatedAt: now.toISOString() });
}

export function addUser(
  ws: Workspace,
  name: string,
  role: UserRole,
  pin: string,
  now: Date,
): Result<Workspace> {
  const n = name.trim();
  if (!n) return err('user-name', '请填写姓名');
  if (ws.users.some((u) => u.name === n)) return err('user-duplicate', `用户「${n}」已存在`);
  if (!rolesForStation(ws.station.role).includes(role))
    return err('user-role', `${USER_ROLE_LABELS[role]}只在督导室站点设置`);
  if (!PIN_PATTERN.test(pin)) return err('user-pin', 'PIN 应为 4–6 位数字');
  const pinSalt = newPinSalt();
  return check({
    ...ws,
    users: [...ws.users, { id: newUuid(), name: n, role, pinSalt, pinHash: hashPin(pin, pinSalt) }],
    updatedAt: now.toISOString(),
  });
}

export function resetPin(ws: Workspace, userId: string, pin: string, now: Date): Result<Workspace> {
  if (!PIN_PATTERN.test(pin)) return err('user-pin', 'PIN 应为 4–6 位数字');
  const pinSalt = newPinSalt();
  return check({
    ...ws,
    users: ws.users.map((u) => (u.id === userId ? { ...u, pinSalt, pinHash: hashPin(pin, pinSalt) } : u)),
    updatedAt: now.toISOString(),
  });
}

/** The last user of a role the station needs cannot be removed, nor the user who is signed in. */
export function removeUser(
  ws: Workspace,
  userId: string,
  signedInUserId: string,
  now: Date,
): Result<Workspace> {
  const target = ws.users.find((u) => u.id === userId);
  if (!target) return err('user-missing', '用户不存在');
  if (userId === signedInUserId) return err('user-self', '不能删除当前登录的用户');
  if (ws.users.filter((u) => u.role === target.role).length === 1)
    return err('user-last', `本站点至少需要一名${USER_ROLE_LABELS[target.role]}`);
  return check({ ...ws, users: ws.users.filter((u) => u.id !== userId), updatedAt: now.toISOString() });
}

function check(ws: Workspace): Result<Workspace> {
  const parsed = workspaceSchema.safeParse(ws);
  return parsed.success ? ok(parsed.data) : err('invalid', '设置无效，未保存');
}
