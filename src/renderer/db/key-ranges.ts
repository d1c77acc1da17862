/**
 * Key ranges over the compound primary keys. Every table except `workspaces` has a primary key whose
 * first part is the workspace id, so "all of a workspace", "all of a table" and "all of a slice" are
 * each one key range and need no secondary index (indexes cost time on every block write).
 * Dexie.maxKey is an array, which IndexedDB sorts after every string and number.
 */
import Dexie, { type IndexableTypeArray } from 'dexie';
import type { SliceKey } from '../../shared/records/record-types';

export type KeyRange = readonly [lower: IndexableTypeArray, upper: IndexableTypeArray];

/** Every key whose first part is `workspaceId`, whatever the arity of the table's key. */
export function workspaceRange(workspaceId: string): KeyRange {
  return [[workspaceId], [workspaceId, Dexie.maxKey]];
}

/** Every block (or slice) of one table across departments. */
export function tableRange(workspaceId: string, tableCode: string): KeyRange {
  return [
    [workspaceId, tableCode],
    [workspaceId, tableCode, Dexie.maxKey],
  ];
}

/** Every block of one slice, in block order. */
export function sliceBlocksRange(k: SliceKey): KeyRange {
  return [
    [k.workspaceId, k.tableCode, k.departmentCode],
    [k.workspaceId, k.tableCode, k.departmentCode, Dexie.maxKey],
  ];
}

export function sliceKeyTuple(k: SliceKey): [string, string, string] {
  return [k.workspaceId, k.tableCode, k.departmentCode];
}
