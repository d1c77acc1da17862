import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('keeps the old content intact when the write fails before the rename (a crash mid-write)', async () => {
    const target = join(dir, 'state.json');
    await writeFile(target, 'old');
    const failingRename = () => Promise.reject(Object.assign(new Error('disk gone'), { code: 'EIO' }));
    await expect(writeFileAtomic(target, 'new', { rename: failingRename })).rejects.toThrow('disk gone');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('retries a rename that Windows briefly refuses (EPERM while a scanner holds the file)', async () => {
    const target = join(dir, 'state.json');
    const { rename } = await import('node:fs/promises');
    let attempts = 0;
    const flaky = (from: string, to: string) => {
      attempts += 1;
      return attempts < 3
        ? Promise.reject(Object.assign(new Error('busy'), { code: 'EPERM' }))
        : rename(from, to);
    };
    await writeFileAtomic(target, 'ok', { rename: flaky });
    expect(await readFile(target, 'utf8')).toBe('ok');
    expect(attempts).toBe(3);
  });
});
