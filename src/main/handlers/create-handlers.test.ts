import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isChannelResult } from '../../shared/ipc/contract';
import { createHandlers } from './create-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-handlers-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('createHandlers', () => {
  it('answers every channel with results that satisfy the contract', async () => {
    const dialog = {
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    };
    const h = createHandlers({
      version: '0.1.0',
      dataDir: dir,
      platform: 'linux',
      documentsDir: dir,
      dialog,
    });
    const seqKey = { keyId: 'k', addressee: 'DDS' };
    const checks: Array<[Parameters<typeof isChannelResult>[0], unknown]> = [
      ['app:info', await h['app:info']({})],
      ['backup:dir', await h['backup:dir']({})],
      ['sentinel:read', await h['sentinel:read']({})],
      ['sentinel:write', await h['sentinel:write']({ text: '{}' })],
      ['file:saveAs', await h['file:saveAs']({ suggestedName: 'a.sdd', bytesBase64: '' })],
      ['file:open', await h['file:open']({ filters: [] })],
      ['seq:next', await h['seq:next'](seqKey)],
      ['seq:peek', await h['seq:peek'](seqKey)],
    ];
    for (const [channel, result] of checks) expect(isChannelResult(channel, result), channel).toBe(true);
    expect(checks[1]?.[1]).toEqual({ ok: true, value: { path: join(dir, 'backups') } });
  });
});
