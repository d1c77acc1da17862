import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, resetPersistentStorageRequestForTests } from './persistent-storage';

describe('requestPersistentStorage', () => {
  beforeEach(() => resetPersistentStorageRequestForTests());

  it('asks once and remembers the answer', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(false)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(true)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal and a missing API', async () => {
    expect(
      await requestPersistentStorage({
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(false),
      }),
    ).toBe('denied');
    resetPersistentStorageRequestForTests();
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
