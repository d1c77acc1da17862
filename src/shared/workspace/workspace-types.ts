/**
 * A workspace is one collection year seen from one station with one role (docs/ARCHITECTURE.md §1).
 * Local users switch with a PIN; the PIN is stored only as a salted scrypt hash.
 */
import { z } from 'zod';

export const STATION_ROLES = ['office', 'summary', 'department'] as const;
export type StationRole = (typeof STATION_ROLES)[number];

/** 信息员 fills, 负责人 approves and exports, 督导员 reviews at school level, 领导小组 signs off. */
export const USER_ROLES = ['filler', 'head', 'supervisor', 'leader'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The user role a role name stands for, or null (e.g. 'system', the app's own writes). */
export function userRole(name: string): UserRole | null {
  return USER_ROLES.find((r) => r === name) ?? null;
}

export const STATION_ROLE_LABELS: Readonly<Record<StationRole, string>> = {
  office: '督导室（学校）',
  summary: '汇总部门',
  department: '填报部门',
};

export const USER_ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  filler: '信息员',
  head: '负责人',
  supervisor: '督导员',
  leader: '领导小组',
};

/** Which user roles a station of the given role has. */
export function rolesForStation(role: StationRole): UserRole[] {
  return role === 'office' ? ['filler', 'head', 'supervisor', 'leader'] : ['filler', 'head'];
}

const yyyymmdd = z.string().regex(/^\d{8}$/);

export const localUserSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string().trim().min(1).max(20),
    role: z.enum(USER_ROLES),
    pinSalt: z.string().regex(/^[0-9a-f]{32}$/),
    pinHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type LocalUser = z.infer<typeof localUserSchema>;

export const deadlinesSchema = z
  .object({
    fill: yyyymmdd,
    departmentReview: yyyymmdd,
    summaryReview: yyyymmdd,
    schoolReview: yyyymmdd,
  })
  .strict();
export type Deadlines = z.infer<typeof deadlinesSchema>;

export const workspaceSchema = z
  .object({
    id: z.string().uuid(),
    /** Display name, e.g. "2025-2026学年状态数据". */
    name: z.string().trim().min(1).max(60),
    school: z
      .object({
        name: z.string().trim().min(1).max(60),
        provinceCode: z.string().regex(/^\d{2}$/),
        /** 5-digit school code; the 10-digit identifier is derived, never stored. */
        code: z.string().regex(/^\d{5}$/),
      })
      .strict(),
    academicYearStart: z.number().int().min(2000).max(2100),
    financeYear: z.number().int().min(2000).max(2100),
    snapshotDate: yyyymmdd,
    deadlines: deadlinesSchema,
    station: z
      .object({
        role: z.enum(STATION_ROLES),
        /** The department this station fills for (department and summary stations). */
        departmentCode: z.string().nullable(),
      })
      .strict(),
    users: z.array(localUserSchema),
    /**
     * The workspace id the station's key store holds its signing key under, when it is not this one:
     * a year made by 新建下一学年 keeps signing with the key of the year it came from
     * (docs/ARCHITECTURE.md §6), so no second handshake is needed for an unchanged key.
     */
    keyStoreId: z.string().uuid().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Workspace = z.infer<typeof workspaceSchema>;

/** Where the station's signing key lives in the key store (vault or browser key store). */
export const keyStoreIdOf = (ws: Pick<Workspace, 'id' | 'keyStoreId'>): string => ws.keyStoreId ?? ws.id;
