/**
 * Branded ids: a department code is not a table code, even though both are strings at run time.
 * Department codes are stable built-in codes (every station names a department alike); workspace and
 * record ids are UUIDs generated locally.
 */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type WorkspaceId = Brand<string, 'WorkspaceId'>;
export type DepartmentCode = Brand<string, 'DepartmentCode'>;
export type TableCode = Brand<string, 'TableCode'>;
export type RecordId = Brand<string, 'RecordId'>;
export type UserId = Brand<string, 'UserId'>;

export const asWorkspaceId = (s: string): WorkspaceId => s as WorkspaceId;
export const asDepartmentCode = (s: string): DepartmentCode => s as DepartmentCode;
export const asTableCode = (s: string): TableCode => s as TableCode;
export const asRecordId = (s: string): RecordId => s as RecordId;
export const asUserId = (s: string): UserId => s as UserId;

/** RFC 4122 v4 UUID from the platform's CSPRNG (globalThis.crypto exists in browsers, workers and Node ≥ 19). */
export function newUuid(): string {
  return globalThis.crypto.randomUUID();
}
