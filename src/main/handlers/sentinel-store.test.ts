import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSentinelStore } from './sentinel-store';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-sentinel-'));
  file = join(dir, 'sentinel.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const snapshot = (n: number) => JSON.stringify({ format: 1, workspaces: { w: { rowCount: n } } });

describe('sentinel store', () => {
  it('reads null before anything was written', async () => {
    await expect(createSentinelStore(file).read()).resolves.toEqual({ ok: true, value: { text: null } });
  });

  it('replaces the text and a new instance (a restart) reads the last one', async () => {
    const store = createSentinelStore(file);
    await store.write(snapshot(1));
    await store.write(snapshot(2));
    await expect(createSentinelStore(file).read()).resolves.toEqual({
      ok: true,
      value: { text: snapshot(2) },
    });
  });

  it('writes atomically: after concurrent writes the file is one whole snapshot and no temp file remains', async () => {
    const store = createSentinelStore(file);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.write(snapshot(i))));
    const text = await readFile(file, 'utf8');
    expect(Array.from({ length: 20 }, (_, i) => snapshot(i))).toContain(text);
    expect(await readdir(dir)).toEqual(['sentinel.json']);
  });

  it('reports an unreadable sentinel instead of pretending none was written', async () => {
    await mkdir(file); // a directory where the file should be: readFile fails with EISDIR
    await expect(createSentinelStore(file).read()).resolves.toMatchObject({
      ok: false,
      error: { code: 'sentinel-unreadable' },
    });
  });

  it('reports a failed write as a value', async () => {
    await writeFile(join(dir, 'blocker'), 'a file where a folder should be');
    const blocked = createSentinelStore(join(dir, 'blocker', 'sentinel.json'));
    await expect(blocked.write(snapshot(1))).resolves.toMatchObject({
      ok: false,
      error: { code: 'sentinel-write-failed' },
    });
  });
});
