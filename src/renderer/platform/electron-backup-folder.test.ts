import { describe, expect, it } from 'vitest';
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { ok } from '../../shared/result';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';

function api(answers: Record<string, unknown>): ApiBridge & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    invoke: ((channel: string, args: unknown) => {
      calls.push([channel, args]);
      return Promise.resolve(answers[channel]);
    }) as ApiBridge['invoke'],
  };
}

describe('electron backup folder', () => {
  it('writes, reads and prunes through the backup channels with base64 bytes', async () => {
    const a = api({
      'backup:dir': ok({ path: '/u/backups' }),
      'backup:write': ok({ path: '/u/backups/x' }),
      'backup:read': ok({ bytesBase64: 'aGk=' }),
      'backup:prune': ok({ deleted: ['old'] }),
    });
    const folder = await createElectronPlatform(a).backupFolder();
    if (!folder.ok || !folder.value) throw new Error('no folder');
    expect(folder.value.location).toBe('/u/backups');
    await folder.value.write('n', new TextEncoder().encode('hi'));
    const read = await folder.value.read('n');
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('hi');
    expect(await folder.value.prune('w', 3)).toEqual({ ok: true, value: ['old'] });
    expect(a.calls.map((c) => c[0])).toEqual(['backup:dir', 'backup:write', 'backup:read', 'backup:prune']);
    expect(a.calls[1]?.[1]).toEqual({ name: 'n', bytesBase64: 'aGk=' });
  });

  it('decodes launch files and passes refusals through', async () => {
    const a = api({
      'bundle:takeLaunchFiles': ok({
        files: [{ name: 'a.sdd', bytesBase64: 'aGk=' }],
        refused: [{ name: 'b.sdd', message: 'gone' }],
      }),
    });
    const r = await createElectronPlatform(a).takeLaunchFiles();
    expect(r.ok && r.value.files[0]?.name).toBe('a.sdd');
    expect(r.ok && r.value.refused).toEqual([{ name: 'b.sdd', message: 'gone' }]);
  });
});

describe('browser backup folder', () => {
  it('is absent without OPFS, and the browser has no launch files', async () => {
    const p = createBrowserPlatform({
      storage: localStorageStub(),
      document: {} as Document,
      version: 'v',
      origin: 'http://x',
    });
    expect(await p.backupFolder()).toEqual({ ok: true, value: null });
    expect(await p.takeLaunchFiles()).toEqual({ ok: true, value: { files: [], refused: [] } });
  });
});

function localStorageStub(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}
