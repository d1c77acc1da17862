import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBackupName } from '../../shared/backup/backup-names';
import { isChannelResult, MAX_BACKUP_BYTES, parseChannelArgs } from '../../shared/ipc/contract';
import { createBackupStore, FREE_SPACE_RESERVE_BYTES } from './backup-store';
import { createHandlers } from './create-handlers';

const WS = '6f1d2c3b-4a59-4e8f-9a0b-1c2d3e4f5a6b';
const OTHER = '11111111-2222-4333-8444-555555555555';
const name = (day: string, ws = WS) => formatBackupName(ws, `2025-09-${day}T00:00:00.000Z`, 'daily');
const b64 = (s: string) => Buffer.from(s).toString('base64');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-backups-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('backup store', () => {
  it('writes, lists newest first, reads back and prunes one workspace only', async () => {
    const store = createBackupStore({ dir, freeBytes: () => Promise.resolve(null) });
    for (const d of ['01', '03', '02'])
      expect((await store.write({ name: name(d), bytesBase64: b64(`b${d}`) })).ok).toBe(true);
    await store.write({ name: name('01', OTHER), bytesBase64: b64('other') });
    await writeFile(join(dir, 'notes.txt'), 'not a backup');
    const listed = await store.list();
    expect(listed.ok && listed.value.files.filter((f) => f.name.startsWith(WS)).map((f) => f.name)).toEqual([
      name('03'),
      name('02'),
      name('01'),
    ]);
    expect(listed.ok && listed.value.files.some((f) => f.name === 'notes.txt')).toBe(false);
    expect(await store.read({ name: name('02') })).toEqual({ ok: true, value: { bytesBase64: b64('b02') } });
    expect(await store.prune({ workspaceId: WS, keep: 1 })).toEqual({
      ok: true,
      value: { deleted: [name('02'), name('01')] },
    });
    expect((await readdir(dir)).sort()).toEqual([name('01', OTHER), name('03'), 'notes.txt'].sort());
  });

  it('refuses a write when free space is short, leaving the folder unchanged', async () => {
    const store = createBackupStore({ dir, freeBytes: () => Promise.resolve(FREE_SPACE_RESERVE_BYTES) });
    const r = await store.write({ name: name('01'), bytesBase64: b64('data') });
    expect(r).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(r.ok ? '' : r.error.message).toContain('磁盘空间不足');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a missing backup as a value', async () => {
    const store = createBackupStore({ dir });
    expect(await store.read({ name: name('09') })).toMatchObject({
      ok: false,
      error: { code: 'backup-not-found' },
    });
  });

  it('refuses, without reading it, a link, a FIFO or an oversized file planted under a backup name', async () => {
    const store = createBackupStore({ dir });
    const outside = join(dir, '..', `${dir.split('/').at(-1) ?? 'x'}-secret.txt`);
    await writeFile(outside, 'not a backup');
    try {
      await symlink(outside, join(dir, name('03')));
      expect(await store.read({ name: name('03') })).toMatchObject({
        ok: false,
        error: { code: 'backup-read-failed', message: '该备份文件不是普通文件，已拒绝读取。' },
      });
    } finally {
      await rm(outside, { force: true });
    }
    // A FIFO would block a plain open until someone writes to it, and with it every later backup call.
    execFileSync('mkfifo', [join(dir, name('04'))]);
    expect(await store.read({ name: name('04') })).toMatchObject({
      ok: false,
      error: { code: 'backup-read-failed', message: '该备份文件不是普通文件，已拒绝读取。' },
    });
    await writeFile(join(dir, name('05')), '');
    await truncate(join(dir, name('05')), MAX_BACKUP_BYTES + 1); // sparse: nothing is written
    expect(await store.read({ name: name('05') })).toMatchObject({
      ok: false,
      error: { code: 'backup-read-failed', message: expect.stringContaining('过大') },
    });
    // Only the real file is listed; the queue is still alive after the refusals.
    const listed = await store.list();
    expect(listed.ok && listed.value.files.map((f) => f.name)).toEqual([name('05')]);
  });

  it('reports a backup folder it cannot write to as a value', async () => {
    const store = createBackupStore({ dir, freeBytes: () => Promise.resolve(null) });
    await rm(dir, { recursive: true });
    await writeFile(dir, 'a file where the folder should be');
    expect(await store.write({ name: name('02'), bytesBase64: b64('new') })).toMatchObject({
      ok: false,
      error: { code: 'backup-write-failed' },
    });
    await rm(dir);
  });
});

describe('backup channels in the contract', () => {
  it('refuse names that are paths or not backups before any handler runs', () => {
    for (const bad of [
      '../x.sddbak',
      `${dir}/a.sddbak`,
      'sentinel.json',
      `..\\${name('01')}`,
      `${name('01')}\u0000`,
    ]) {
      expect(parseChannelArgs('backup:read', { name: bad }).ok).toBe(false);
      expect(parseChannelArgs('backup:write', { name: bad, bytesBase64: '' }).ok).toBe(false);
    }
    expect(parseChannelArgs('backup:read', { name: name('01') }).ok).toBe(true);
    expect(parseChannelArgs('backup:prune', { workspaceId: WS, keep: 0 }).ok).toBe(false);
    expect(parseChannelArgs('backup:prune', { workspaceId: '../x', keep: 3 }).ok).toBe(false);
  });

  it('answer with results that satisfy the contract', async () => {
    const h = createHandlers({
      version: '0.1.0',
      dataDir: dir,
      platform: 'linux',
      documentsDir: dir,
      dialog: {
        showSaveDialog: () => Promise.resolve({ canceled: true }),
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      },
      freeBytes: () => Promise.resolve(null),
    });
    const w = await h['backup:write']({ name: name('01'), bytesBase64: b64('x') });
    expect(isChannelResult('backup:write', w)).toBe(true);
    expect(await readFile(join(dir, 'backups', name('01')), 'utf8')).toBe('x');
    expect(isChannelResult('backup:list', await h['backup:list']({}))).toBe(true);
    expect(isChannelResult('backup:read', await h['backup:read']({ name: name('01') }))).toBe(true);
    expect(isChannelResult('backup:prune', await h['backup:prune']({ workspaceId: WS, keep: 3 }))).toBe(true);
    expect(isChannelResult('bundle:takeLaunchFiles', await h['bundle:takeLaunchFiles']({}))).toBe(true);
  });
});
