/**
 * 新建采集年度: turns what the user typed into a valid Workspace, or says in Chinese what is wrong.
 * Every station role must have the local users it needs: a department or summary station needs a
 * 信息员 and a 负责人; the office also needs a 督导员 and the 领导小组.
 */
import { err, ok, type Result } from '../result';
import { newUuid } from '../ids';
import { SCHOOL_CODE_PATTERN } from './school-identifier';
import { provinceName } from './provinces';
import { hashPin, newPinSalt, PIN_PATTERN } from './pin';
import {
  rolesForStation,
  USER_ROLE_LABELS,
  workspaceSchema,
  type Deadlines,
  type LocalUser,
  type StationRole,
  type UserRole,
  type Workspace,
} from './workspace-types';
import { academicYearLabel } from './collection-period';

export interface NewUserInput {
  readonly name: string;
  readonly role: UserRole;
  readonly pin: string;
}

export interface NewWorkspaceInput {
  readonly name?: string;
  readonly schoolName: string;
  readonly provinceCode: string;
  readonly schoolCode: string;
  readonly academicYearStart: number;
  readonly financeYear: number;
  readonly snapshotDate: string;
  readonly deadlines: Deadlines;
  readonly stationRole: StationRole;
  readonly departmentCode: string | null;
  readonly users: readonly NewUserInput[];
}

/** Days between the default deadlines when the usual ones (9-30, 10-10, 10-20, 10-31) are already past. */
const FALLBACK_DEADLINE_DAYS = [30, 40, 50, 61] as const;

function yyyymmdd(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `today` (YYYYMMDD) plus `days` calendar days, as YYYYMMDD. */
function addDays(today: string, days: number): string {
  const d = new Date(Date.UTC(+today.slice(0, 4), +today.slice(4, 6) - 1, +today.slice(6, 8) + days));
  return yyyymmdd(d);
}

/**
 * Sensible defaults for a collection year starting in `academicYearStart` (all editable in the form).
 * A deadline is never offered in the past: when the usual calendar's fill deadline is before `today`
 * (YYYYMMDD; a year created late), the four deadlines move to 30, 40, 50 and 61 days from today.
 */
export function defaultYearSettings(
  academicYearStart: number,
  today?: string,
): {
  financeYear: number;
  snapshotDate: string;
  deadlines: Deadlines;
} {
  const end = academicYearStart + 1;
  const usual: Deadlines = {
    fill: `${end}0930`,
    departmentReview: `${end}1010`,
    summaryReview: `${end}1020`,
    schoolReview: `${end}1031`,
  };
  const late = today !== undefined && usual.fill < today;
  const [f, dr, sr, sc] = FALLBACK_DEADLINE_DAYS;
  return {
    financeYear: academicYearStart,
    snapshotDate: `${end}0831`,
    deadlines:
      late && today !== undefined
        ? {
            fill: addDays(today, f),
            departmentReview: addDays(today, dr),
            summaryReview: addDays(today, sr),
            schoolReview: addDays(today, sc),
          }
        : usual,
  };
}

/** The deadlines (by name) that lie before `today` (YYYYMMDD), for the form's warning. */
export function pastDeadlines(d: Deadlines, today: string): (keyof Deadlines)[] {
  return (Object.keys(d) as (keyof Deadlines)[]).filter((k) => d[k] < today);
}

export function createWorkspace(input: NewWorkspaceInput, now: Date): Result<Workspace> {
  const schoolName = input.schoolName.trim();
  if (!schoolName) return err('school-name', '请填写学校名称');
  if (!provinceName(input.provinceCode)) return err('province', '请选择所在省份');
  if (!SCHOOL_CODE_PATTERN.test(input.schoolCode)) return err('school-code', '学校代码应为 5 位数字');
  if (input.stationRole !== 'office' && !input.departmentCode)
    return err('department', '部门站点须选择本站所属部门');
  const d = input.deadlines;
  if (!(
    d.fill <= d.departmentReview &&
    d.departmentReview <= d.summaryReview &&
    d.summaryReview <= d.schoolReview
  ))
    return err('deadlines', '截止日期应依次为：填报 ≤ 部门审核 ≤ 汇总审核 ≤ 校级审核');

  const users: LocalUser[] = [];
  const names = new Set<string>();
  for (const u of input.users) {
    const name = u.name.trim();
    if (!name) return err('user-name', `请填写${USER_ROLE_LABELS[u.role]}的姓名`);
    if (names.has(name)) return err('user-duplicate', `用户「${name}」重复`);
    names.add(name);
    if (!PIN_PATTERN.test(u.pin)) return err('user-pin', `「${name}」的 PIN 应为 4–6 位数字`);
    const pinSalt = newPinSalt();
    users.push({ id: newUuid(), name, role: u.role, pinSalt, pinHash: hashPin(u.pin, pinSalt) });
  }
  for (const role of rolesForStation(input.stationRole)) {
    if (!users.some((u) => u.role === role))
      return err('user-missing', `本站点至少需要一名${USER_ROLE_LABELS[role]}`);
  }
  const allowed = new Set(rolesForStation(input.stationRole));
  const stray = users.find((u) => !allowed.has(u.role));
  if (stray) return err('user-role', `${USER_ROLE_LABELS[stray.role]}只在督导室站点设置`);

  const at = now.toISOString();
  const candidate: Workspace = {
    id: newUuid(),
    name: input.name?.trim() || `${academicYearLabel(input.academicYearStart)}状态数据`,
    school: { name: schoolName, provinceCode: input.provinceCode, code: input.schoolCode },
    academicYearStart: input.academicYearStart,
    financeYear: input.financeYear,
    snapshotDate: input.snapshotDate,
    deadlines: input.deadlines,
    station: {
      role: input.stationRole,
      departmentCode: input.stationRole === 'office' ? null : input.departmentCode,
    },
    users,
    createdAt: at,
    updatedAt: at,
  };
  const parsed = workspaceSchema.safeParse(candidate);
  if (!parsed.success)
    return err('invalid', `采集年度设置无效：${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  return ok(parsed.data);
}
