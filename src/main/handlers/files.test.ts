import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileHandlers, type FileDialog } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function dialogAnswering(
  save: string | null,
  open: string | null,
): FileDialog & { lastDefaultPath?: string } {
  const d: FileDialog & { lastDefaultPath?: string } = {
    showSaveDialog: (o) => {
      d.lastDefaultPath = o.defaultPath;
      return Promise.resolve(save === null ? { canceled: true } : { canceled: false, filePath: save });
    },
    showOpenDialog: () =>
      Promise.resolve(
        open === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [open] },
      ),
  };
  return d;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('file:saveAs', () => {
  it('suggests the name in the start folder and writes the bytes where the user chose', async () => {
    const target = join(dir, 'out', '数据包.sdd');
    const dialog = dialogAnswering(target, null);
    const result = await createFileHandlers(dialog, dir).saveAs({
      suggestedName: '数据包.sdd',
      bytesBase64: b64('hello'),
    });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: target } });
    expect(dialog.lastDefaultPath).toBe(join(dir, '数据包.sdd'));
    expect(await readFile(target, 'utf8')).toBe('hello');
    expect(await readdir(join(dir, 'out'))).toEqual(['数据包.sdd']);
  });

  it('returns cancelled when the user closes the dialog', async () => {
    const result = await createFileHandlers(dialogAnswering(null, null), dir).saveAs({
      suggestedName: 'a.sdd',
      bytesBase64: b64('x'),
    });
    expect(result).toEqual({ ok: true, value: { kind: 'cancelled' } });
  });

  it('reports a write failure as a value', async () => {
    await writeFile(join(dir, 'blocker'), '');
    const result = await createFileHandlers(dialogAnswering(join(dir, 'blocker', 'x.sdd'), null), dir).saveAs(
      { suggestedName: 'x.sdd', bytesBase64: b64('x') },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'file-write-failed' } });
  });
});

describe('file:open', () => {
  it('returns the picked file name and bytes', async () => {
    const path = join(dir, '教师.xlsx');
    await writeFile(path, 'bytes!');
    const result = await createFileHandlers(dialogAnswering(null, path), dir).open({
      filters: [{ name: '表格', extensions: ['xlsx'] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'opened', name: '教师.xlsx', bytesBase64: b64('bytes!') },
    });
  });

  it('refuses a file over the limit without reading it', async () => {
    const path = join(dir, 'big.sdd');
    await writeFile(path, Buffer.alloc(2048));
    const result = await createFileHandlers(dialogAnswering(null, path), dir).open({
      filters: [],
      maxBytes: 1024,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });

  it('refuses a directory and returns cancelled when nothing was picked', async () => {
    await expect(
      createFileHandlers(dialogAnswering(null, dir), dir).open({ filters: [] }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'file-not-regular' } });
    await expect(createFileHandlers(dialogAnswering(null, null), dir).open({ filters: [] })).resolves.toEqual(
      { ok: true, value: { kind: 'cancelled' } },
    );
  });
});

describe('file:openMany', () => {
  const many = (paths: string[] | null): FileDialog & { asked?: boolean } => {
    const d: FileDialog & { asked?: boolean } = {
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: (o) => {
        d.asked = o.multiple === true;
        return Promise.resolve(
          paths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: paths },
        );
      },
    };
    return d;
  };

  it('asks for a multi-select dialog and returns the files in the order picked', async () => {
    const paths = ['2-团委会.sdd', '1-教务处.sdd'].map((n) => join(dir, n));
    await writeFile(paths[0]!, 'b');
    await writeFile(paths[1]!, 'a');
    const dialog = many(paths);
    const result = await createFileHandlers(dialog, dir).openMany({ filters: [] });
    expect(dialog.asked).toBe(true);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'opened',
        files: [
          { name: '2-团委会.sdd', bytesBase64: b64('b') },
          { name: '1-教务处.sdd', bytesBase64: b64('a') },
        ],
      },
    });
  });

  it('refuses the whole pick when one file is over the limit, and returns cancelled when nothing was picked', async () => {
    const small = join(dir, 'a.sdd');
    const big = join(dir, 'big.sdd');
    await writeFile(small, 'a');
    await writeFile(big, Buffer.alloc(2048));
    await expect(
      createFileHandlers(many([small, big]), dir).openMany({ filters: [], maxBytes: 1024 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'file-too-large', message: expect.stringContaining('big.sdd') },
    });
    await expect(createFileHandlers(many(null), dir).openMany({ filters: [] })).resolves.toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
  });
});
