/**
 * Where the sentinel text lives for this platform. Browser build: localStorage, a backing store apart
 * from IndexedDB.
 */
import { LocalStorageSentinelStore, type SentinelStore } from '../db/sentinel';
import type { Platform } from './platform-types';

export function sentinelStoreFor(_platform: Platform): SentinelStore {
  return new LocalStorageSentinelStore(globalThis.localStorage);
}
