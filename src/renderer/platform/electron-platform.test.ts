import { describe, expect, it } from 'vitest';
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { ok } from '../../shared/result';
import { createElectronPlatform } from './electron-platform';
import { selectPlatform } from './platform';

function recordingApi(answers: Record<string, unknown>): ApiBridge & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    invoke: ((channel: string, args: unknown) => {
      calls.push([channel, args]);
      return Promise.resolve(answers[channel]);
    }) as ApiBridge['invoke'],
  };
}

describe('electron platform', () => {
  it('sends bytes as base64 and returns the saved path', async () => {
    const api = recordingApi({ 'file:saveAs': ok({ kind: 'saved', path: '/u/x.sdd' }) });
    const result = await createElectronPlatform(api).saveFile({
      suggestedName: 'x.sdd',
      bytes: new TextEncoder().encode('hi'),
    });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', location: '/u/x.sdd' } });
    expect(api.calls).toEqual([['file:saveAs', { suggestedName: 'x.sdd', bytesBase64: 'aGk=' }]]);
  });

  it('decodes opened files to bytes', async () => {
    const api = recordingApi({ 'file:open': ok({ kind: 'opened', name: 'a.sdd', bytesBase64: 'aGk=' }) });
    const result = await createElectronPlatform(api).openFile({ filters: [] });
    expect(
      result.ok && result.value.kind === 'opened' && new TextDecoder().decode(result.value.file.bytes),
    ).toBe('hi');
  });

  it('passes expected failures through unchanged', async () => {
    const failure = { ok: false, error: { code: 'seq-store-corrupt', message: '…' } };
    const api = recordingApi({ 'seq:next': failure });
    await expect(createElectronPlatform(api).nextSeq({ keyId: 'k', addressee: 'DDS' })).resolves.toEqual(
      failure,
    );
  });
});

describe('selectPlatform', () => {
  it('uses window.api when the preload defined it', () => {
    const api = recordingApi({});
    const fakeWindow = { api } as unknown as Parameters<typeof selectPlatform>[0];
    expect(selectPlatform(fakeWindow).kind).toBe('electron');
  });
});
