/**
 * The draft names owner departments in free text ("教务处/实训中心（未核实）", "资产/后勤/基建、图书馆、网络中心"),
 * as typical allocations at other schools. This alias table maps each name to a department of our school's
 * regulation (built-in codes, builtin-departments.ts). `null` marks names that are not one department of
 * the regulation (secondary colleges, individual teachers, an alumni association): they are dropped and the
 * task matrix assigns those slices. The first mapped name owns the table; the others cooperate.
 */
export const DEPARTMENT_ALIASES: Readonly<Record<string, string | null>> = {
  // 党政办 / 党政办公室: administrative office work sits with 学院办公室 at this school.
  党政办: 'XYB',
  党政办公室: 'XYB',
  // 组织人事: the organisation department works with personnel; 人事处 holds staff records.
  组织人事部门: 'RSC',
  组织部: 'RSC',
  人事处: 'RSC',
  教务处: 'JWC',
  // 招生 belongs to 教务处（招生办）; 就业 travels with it in the draft's 招生就业处.
  招生就业处: 'JWC',
  招生处: 'JWC',
  // 校企合作 has no office of its own here; 产学合作 data is kept with teaching affairs.
  校企合作: 'JWC',
  财务处: 'CWC',
  学生处: 'XGC',
  资助中心: 'XGC',
  团委: 'TW',
  督导室: 'DDS',
  图书馆: 'TSG',
  资产: 'ZWC',
  后勤: 'ZWC',
  基建: 'ZWC',
  实训中心: 'SXZX',
  // 职业技能鉴定站 is run with the skills training centre.
  鉴定站: 'SXZX',
  网络中心: 'WLZX',
  科研: 'KYC',
  // 继续教育 (part-time and adult students) is 成人教育部.
  继续教育: 'CJB',
  各二级学院: null,
  二级学院: null,
  各系部: null,
  教师本人: null,
  校友会: null,
};

export interface ResolvedDepartments {
  readonly owner: string | null;
  readonly cooperating: string[];
  /** Names the alias table does not know; the built-in mapping treats any as a bug. */
  readonly unknown: string[];
}

/** Splits the draft's free text into department names, dropping parenthesised remarks such as （未核实）. */
export function departmentNames(ownerDept: string): string[] {
  return ownerDept
    .replace(/（[^）]*）|\([^)]*\)/g, ' ')
    .split(/[/、，,；;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Owner (first mapped name) and cooperating departments (the other mapped names, without repeats). */
export function resolveDepartments(ownerDept: string): ResolvedDepartments {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const name of departmentNames(ownerDept)) {
    if (!Object.hasOwn(DEPARTMENT_ALIASES, name)) {
      unknown.push(name);
      continue;
    }
    const code = DEPARTMENT_ALIASES[name];
    if (code != null && !codes.includes(code)) codes.push(code);
  }
  return { owner: codes[0] ?? null, cooperating: codes.slice(1), unknown };
}
