import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentinelEntry } from '../../shared/ipc/contract';
import { createSentinelStore } from './sentinel-store';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-sentinel-'));
  file = join(dir, 'sentinel.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (workspaceId: string, totalRows: number): SentinelEntry => ({
  workspaceId,
  rowCounts: { 'A1-1': totalRows },
  totalRows,
  contentHash: 'a'.repeat(64),
  auditHead: null,
  schemaVersion: 1,
  updatedAt: '2026-03-01T08:00:00.000Z',
});

describe('sentinel store', () => {
  it('reads an empty list before anything was written', async () => {
    await expect(createSentinelStore(file).read()).resolves.toEqual({ ok: true, value: { entries: [] } });
  });

  it('keeps one entry per workspace, replaces on write and survives a new instance', async () => {
    const store = createSentinelStore(file);
    await store.write('ws-1', entry('ws-1', 10));
    await store.write('ws-2', entry('ws-2', 5));
    await store.write('ws-1', entry('ws-1', 12));
    const reread = await createSentinelStore(file).read();
    expect(reread.ok && reread.value.entries.map((e) => [e.workspaceId, e.totalRows]).sort()).toEqual([
      ['ws-1', 12],
      ['ws-2', 5],
    ]);
  });

  it('removes a deleted workspace', async () => {
    const store = createSentinelStore(file);
    await store.write('ws-1', entry('ws-1', 10));
    await store.write('ws-1', null);
    await expect(store.read()).resolves.toEqual({ ok: true, value: { entries: [] } });
  });

  it('writes atomically: concurrent writes all land, no temp files remain, the file is valid JSON', async () => {
    const store = createSentinelStore(file);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.write(`ws-${i}`, entry(`ws-${i}`, i))));
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { entries: unknown[] };
    expect(parsed.entries).toHaveLength(20);
    expect(await readdir(dir)).toEqual(['sentinel.json']);
  });

  it('reports a corrupt file instead of pretending it is empty, and keeps it aside on the next write', async () => {
    await writeFile(file, '{"format":"sdd-sentinel","version":1,"entries":[{"workspaceId":');
    const store = createSentinelStore(file);
    await expect(store.read()).resolves.toMatchObject({ ok: false, error: { code: 'sentinel-corrupt' } });
    await expect(store.write('ws-1', entry('ws-1', 1))).resolves.toEqual({
      ok: true,
      value: { written: true },
    });
    expect((await readdir(dir)).some((n) => n.startsWith('sentinel.json.corrupt-'))).toBe(true);
    await expect(store.read()).resolves.toMatchObject({
      ok: true,
      value: { entries: [{ workspaceId: 'ws-1' }] },
    });
  });
});
