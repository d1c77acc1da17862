import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePathsFromArgv, MAX_LAUNCH_FILES } from './launch-argv';

const cwd = resolve('/home/u/下载');

describe('bundlePathsFromArgv', () => {
  it('takes .sdd arguments, skipping the executable, switches and the dev app folder', () => {
    const argv = [
      '/opt/app/status-data-desk',
      '.',
      '--allow-file-access-from-files',
      '教务处.SDD',
      join(cwd, 'b.sdd'),
      'notes.txt',
    ];
    expect(bundlePathsFromArgv(argv, cwd)).toEqual([join(cwd, '教务处.SDD'), join(cwd, 'b.sdd')]);
  });

  it('ignores a switch that merely ends in .sdd, bare extensions and duplicates', () => {
    expect(bundlePathsFromArgv(['app', '--file=x.sdd', '.sdd', 'a.sdd', 'a.sdd'], cwd)).toEqual([
      join(cwd, 'a.sdd'),
    ]);
  });

  it('caps the number of files one launch can hand over', () => {
    const many = Array.from({ length: 50 }, (_, i) => `f${i}.sdd`);
    expect(bundlePathsFromArgv(['app', ...many], cwd)).toHaveLength(MAX_LAUNCH_FILES);
  });
});
