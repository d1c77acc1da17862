import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeqStore } from './seq-store';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdd-seq-'));
  file = join(dir, 'sequence.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const key = { keyId: 'k1', addressee: 'DDS' };
const seqOf = (r: { ok: boolean; value?: { seq: number } }) => (r.ok ? r.value?.seq : undefined);

describe('sequence store', () => {
  it('starts at 1 and peeks 0 before any number was issued', async () => {
    const store = createSeqStore(file);
    expect(seqOf(await store.peek(key))).toBe(0);
    expect(seqOf(await store.next(key))).toBe(1);
    expect(seqOf(await store.peek(key))).toBe(1);
  });

  it('counts per (key, addressee) independently', async () => {
    const store = createSeqStore(file);
    await store.next(key);
    await store.next(key);
    expect(seqOf(await store.next({ keyId: 'k1', addressee: 'JWC' }))).toBe(1);
    expect(seqOf(await store.next({ keyId: 'k2', addressee: 'DDS' }))).toBe(1);
    expect(seqOf(await store.peek(key))).toBe(2);
  });

  it('never hands out the same number twice, even to concurrent callers', async () => {
    const store = createSeqStore(file);
    const issued = await Promise.all(Array.from({ length: 25 }, () => store.next(key)));
    expect(issued.map(seqOf).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('survives a reload: a new instance continues from the persisted mark', async () => {
    const first = createSeqStore(file);
    await first.next(key);
    await first.next(key);
    const afterRestart = createSeqStore(file);
    expect(seqOf(await afterRestart.peek(key))).toBe(2);
    expect(seqOf(await afterRestart.next(key))).toBe(3);
  });

  it('persists each number before returning it', async () => {
    await createSeqStore(file).next(key);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      format: 'sdd-seq',
      version: 1,
      marks: [{ ...key, seq: 1 }],
    });
  });

  it('refuses to issue numbers from a corrupt file instead of restarting at 1', async () => {
    await writeFile(file, 'garbage');
    const store = createSeqStore(file);
    await expect(store.next(key)).resolves.toMatchObject({ ok: false, error: { code: 'seq-store-corrupt' } });
    await expect(store.peek(key)).resolves.toMatchObject({ ok: false, error: { code: 'seq-store-corrupt' } });
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });

  it('refuses a file whose marks were tampered into an invalid shape', async () => {
    await writeFile(
      file,
      JSON.stringify({ format: 'sdd-seq', version: 1, marks: [{ keyId: 'k1', addressee: 'DDS', seq: -4 }] }),
    );
    await expect(createSeqStore(file).next(key)).resolves.toMatchObject({
      ok: false,
      error: { code: 'seq-store-corrupt' },
    });
  });
});
