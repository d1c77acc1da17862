import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/result';
import { collectLaunchFiles, pendingLaunchFiles, registerLaunchFileHandler } from './launch-files';

const platformWith = (names: string[], refused: string[] = []) => ({
  takeLaunchFiles: () =>
    Promise.resolve(
      ok({
        files: names.map((name) => ({ name, bytes: new Uint8Array([1]) })),
        refused: refused.map((name) => ({ name, message: `无法读取 ${name}` })),
      }),
    ),
});

describe('launch files', () => {
  it('keeps files until the bundle feature registers, then hands them over in order', async () => {
    expect(await collectLaunchFiles(platformWith(['a.sdd'], ['gone.sdd']))).toEqual(['无法读取 gone.sdd']);
    expect(pendingLaunchFiles().map((f) => f.name)).toEqual(['a.sdd']);
    const seen: string[] = [];
    registerLaunchFileHandler((name) => void seen.push(name));
    expect(seen).toEqual(['a.sdd']);
    await collectLaunchFiles(platformWith(['b.sdd']));
    expect(seen).toEqual(['a.sdd', 'b.sdd']);
    expect(pendingLaunchFiles()).toEqual([]);
  });
});
