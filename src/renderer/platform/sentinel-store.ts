/**
 * Where the sentinel text lives for this platform: userData/sentinel.json through IPC in Electron
 * (outside the Chromium profile), localStorage in the browser build (a backing store apart from
 * IndexedDB). Adapts Platform's Result-returning calls to the storage layer's SentinelStore.
 */
import type { SentinelStore } from '../db/sentinel';
import type { Platform } from './platform-types';

export function sentinelStoreFor(platform: Platform): SentinelStore {
  return {
    async load() {
      const r = await platform.loadSentinel();
      // Throw rather than answer null: null means "never written" and would hide a reset database.
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    async save(text) {
      const r = await platform.saveSentinel(text);
      if (!r.ok) throw new Error(r.error.message);
    },
  };
}
