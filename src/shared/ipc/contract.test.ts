import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../base64';
import {
  IPC_CHANNELS,
  MAX_SENTINEL_CHARS,
  ipcContract,
  isChannel,
  isChannelResult,
  parseChannelArgs,
} from './contract';

describe('IPC contract', () => {
  it('declares exactly the channel list the preload allows, all named domain:verb', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const c of IPC_CHANNELS) expect(c).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it('guards channel names at run time', () => {
    expect(isChannel('seq:next')).toBe(true);
    expect(isChannel('shell:openExternal')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('refuses path-like or suspicious save names', () => {
    for (const suggestedName of ['../x.sdd', 'a/b.sdd', 'C:\\x.sdd', 'x.sdd ', '..', 'a\u0000b', '']) {
      expect(parseChannelArgs('file:saveAs', { suggestedName, bytesBase64: '' }).ok).toBe(false);
    }
    expect(
      parseChannelArgs('file:saveAs', { suggestedName: '2025-2026 数据包.sdd', bytesBase64: 'aGk=' }).ok,
    ).toBe(true);
  });

  it('refuses bytes that are not base64', () => {
    expect(parseChannelArgs('file:saveAs', { suggestedName: 'a.sdd', bytesBase64: 'not base64!' }).ok).toBe(
      false,
    );
  });

  it('bounds the sentinel text', () => {
    expect(parseChannelArgs('sentinel:write', { text: '{}' }).ok).toBe(true);
    expect(parseChannelArgs('sentinel:write', { text: '' }).ok).toBe(false);
    expect(parseChannelArgs('sentinel:write', { text: 'x'.repeat(MAX_SENTINEL_CHARS + 1) }).ok).toBe(false);
  });

  it('checks results against the Result envelope', () => {
    expect(isChannelResult('seq:next', { ok: true, value: { seq: 3 } })).toBe(true);
    expect(isChannelResult('seq:next', { ok: true, value: { seq: 0 } })).toBe(false);
    expect(isChannelResult('seq:next', { ok: false, error: { code: 'x', message: 'y' } })).toBe(true);
    expect(isChannelResult('file:open', { ok: true, value: { kind: 'cancelled' } })).toBe(true);
  });
});

describe('base64', () => {
  it('round-trips arbitrary bytes, including large arrays', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('hi'))).toBe('aGk=');
  });
});
