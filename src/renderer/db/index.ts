/**
 * The storage layer's public face for the UI: start-up, the writer (through StorageHandle.writer),
 * reads, audit verification and the sentinel. Internals (slice-writes, metadata-writes, key ranges)
 * stay private so every write keeps going through the one data writer.
 */
export {
  startStorage,
  type StartStorageOptions,
  type StorageHandle,
  type WriterApi,
} from './storage-startup';
export type { CommitReceipt, WriteContext, WriteResult, InitialWorkspaceData } from './data-writer';
export type { WriteErrorCode } from './write-errors';
export type { RowEdits } from './slice-writes';
export {
  listWorkspaces,
  getWorkspace,
  loadSlice,
  loadTable,
  listSlices,
  getLatestCatalog,
  getCatalogVersion,
  listCatalogVersions,
  getDepartments,
  getTasks,
  getAuditEvents,
  type TableSlice,
} from './reads';
export { GLOBAL_AUDIT_LOG, verifyStoredAuditLog } from './audit-log';
export {
  LocalStorageSentinelStore,
  checkSentinel,
  refreshSentinel,
  type SentinelCheck,
  type SentinelStatus,
  type SentinelStore,
} from './sentinel';
export { requestPersistentStorage, type PersistResult } from './persistent-storage';
export { BLOCK_SIZE, DEFAULT_DB_NAME, type SliceRecord, type StatusDb } from './schema';
