/**
 * Asks the browser once per session to keep this origin's storage under pressure (docs/SECURITY.md D6):
 * best-effort storage can be evicted, persistent storage is only cleared by the user. Chromium grants
 * it without a prompt to installed or engaged origins; the answer is shown in the about/backup page.
 */
export type PersistResult = 'granted' | 'denied' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

let pending: Promise<PersistResult> | null = null;

export function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistResult> {
  pending ??= ask(storage);
  return pending;
}

async function ask(storage: StorageManagerLike | undefined): Promise<PersistResult> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Test hook: forget the memoised answer. */
export function resetPersistentStorageRequestForTests(): void {
  pending = null;
}
