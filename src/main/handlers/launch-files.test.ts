import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLaunchFileQueue } from './launch-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-launch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('launch file queue', () => {
  it('hands each pushed file over once, with its bytes', async () => {
    await writeFile(join(dir, 'a.sdd'), 'bundle-a');
    const q = createLaunchFileQueue();
    q.push([join(dir, 'a.sdd'), join(dir, 'a.sdd')]);
    expect(await q.take()).toEqual({
      ok: true,
      value: {
        files: [{ name: 'a.sdd', bytesBase64: Buffer.from('bundle-a').toString('base64') }],
        refused: [],
      },
    });
    expect(await q.take()).toEqual({ ok: true, value: { files: [], refused: [] } });
  });

  it('refuses missing, oversized and non-regular files with a reason', async () => {
    await writeFile(join(dir, 'big.sdd'), 'x'.repeat(100));
    await mkdir(join(dir, 'folder.sdd'));
    const q = createLaunchFileQueue(10);
    q.push([join(dir, 'gone.sdd'), join(dir, 'big.sdd'), join(dir, 'folder.sdd')]);
    const r = await q.take();
    expect(r.ok && r.value.files).toEqual([]);
    expect(r.ok && r.value.refused.map((x) => x.name)).toEqual(['gone.sdd', 'big.sdd', 'folder.sdd']);
  });
});
