/**
 * A restore opens its archive in a disposable Worker: the served protocol answers exactly what the
 * check answers in process, and a Worker that hangs or dies is a Chinese refusal (nothing restored).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBackupArchive } from '../../../shared/backup/backup-archive-writer';
import { readBackupArchive } from '../../../shared/backup/backup-archive-reader';
import { TEST_SPECS, testBackupInput } from '../../../shared/backup/testing/backup-fixture';
import { fakeWorkers } from '../../workers/testing/fake-worker';
import type { RpcPort, RpcWorker } from '../../workers/rpc-protocol';
import { serveRpc } from '../../workers/rpc-server';
import { inProcessArchiveReader, workerArchiveReader, type BackupReadProtocol } from './archive-reader';

const OPTIONS = { tables: TEST_SPECS, schemaVersion: 3 };

async function archive(): Promise<Uint8Array> {
  const { head, tables } = testBackupInput(2);
  const r = await encodeBackupArchive(head, tables);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}

/** The Worker module's handler, served on one end of a real MessageChannel. */
function servedWorker(): { makeWorker: () => RpcWorker; ports: MessagePort[] } {
  const ports: MessagePort[] = [];
  return {
    ports,
    makeWorker: () => {
      const channel = new MessageChannel();
      serveRpc<BackupReadProtocol>(channel.port1 as RpcPort, {
        read: (req) => readBackupArchive(req.bytes, req.options),
      });
      ports.push(channel.port1, channel.port2);
      return channel.port2 as RpcWorker;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('workerArchiveReader', () => {
  it('answers what the in-process check answers, a valid archive and a damaged one, each in a fresh Worker', async () => {
    const bytes = await archive();
    const served = servedWorker();
    const read = workerArchiveReader({ makeWorker: served.makeWorker });
    const r = await read(bytes, OPTIONS);
    expect(r).toEqual(await inProcessArchiveReader(bytes, OPTIONS));
    expect(r.ok && Object.keys(r.value.tables).length).toBeGreaterThan(0);
    const damaged = await read(bytes.slice(0, bytes.length - 30), OPTIONS);
    expect(damaged).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    expect(served.ports).toHaveLength(4);
    for (const p of served.ports) p.close();
  });

  it('an archive that keeps the Worker busy past the limit is stopped and refused in Chinese', async () => {
    const { made, makeWorker } = fakeWorkers(() => undefined);
    const r = await workerArchiveReader({ makeWorker, timeoutMs: 30 })(await archive(), OPTIONS);
    expect(r).toMatchObject({ ok: false, error: { code: 'backup-read-timeout' } });
    if (!r.ok) expect(r.error.message).toContain('原有数据未改动');
    expect(made[0]!.terminated).toBe(1);
  });

  it('a Worker that dies (out of memory on a hostile archive) is a refusal too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { made, makeWorker } = fakeWorkers((w) => queueMicrotask(() => w.crash()));
    const r = await workerArchiveReader({ makeWorker })(await archive(), OPTIONS);
    expect(r).toMatchObject({ ok: false, error: { code: 'backup-read-crashed' } });
    expect(made[0]!.terminated).toBe(1);
  });
});
