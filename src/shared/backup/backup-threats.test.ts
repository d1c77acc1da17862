/**
 * A hostile backup archive (docs/SECURITY.md Z1–Z4 and R9 for backups): refused whole, quickly, with a Chinese
 * message, never thrown — the restore then writes nothing (backup-restore.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { inflateSync, strToU8, unzipSync } from 'fflate';
import { deflateBomb, bombCopies } from '../bundle/testing/deflate-bomb';
import { forgeEntry, forgeZip, type ForgedEntry } from '../bundle/testing/zip-forge';
import { encodeBackupArchive } from './backup-archive-writer';
import { peekBackupManifest, readBackupArchive } from './backup-archive-reader';
import { firstInvalidRecord } from './backup-record-schemas';
import type { PmNode } from '../report/pm-json';
import { chapterDoc, workOf } from '../report-workflow/testing/chapter-fixtures';
import { TEST_SPECS, testBackupInput } from './testing/backup-fixture';

const read = (bytes: Uint8Array, limits = {}) =>
  readBackupArchive(bytes, { tables: TEST_SPECS, schemaVersion: 3, limits });

async function entries(): Promise<ForgedEntry[]> {
  const { head, tables } = testBackupInput(3);
  const r = await encodeBackupArchive(head, tables);
  if (!r.ok) throw new Error(r.error.message);
  return Object.entries(unzipSync(r.value.bytes)).map(([name, content]) => forgeEntry(name, content));
}

/** `entry` with its compressed bytes replaced; the headers keep declaring the real size and CRC. */
function withData(entry: ForgedEntry, data: Uint8Array): ForgedEntry {
  return {
    data,
    local: { ...entry.local, compressedSize: data.length },
    central: { ...entry.central, compressedSize: data.length },
  };
}

function replace(list: ForgedEntry[], name: string, f: (e: ForgedEntry) => ForgedEntry): ForgedEntry[] {
  return list.map((e) => (new TextDecoder().decode(e.central.name) === name ? f(e) : e));
}

// Inflating all of it takes fflate 8–10 s here; stopping at the cap takes milliseconds (bounds leave room for load).
const BOMB = 4 * 1024 * 1024 * 1024;

describe('hostile backup archives', () => {
  it('Z1: a chunk declaring its real size but inflating to 4 GiB is stopped at the cap, not inflated whole', async () => {
    const bomb = deflateBomb(bombCopies(BOMB));
    const zip = forgeZip(replace(await entries(), 'tables/blocks/000001.json', (e) => withData(e, bomb)));
    const t0 = performance.now();
    const r = read(zip, { maxEntryBytes: 4 * 1024 * 1024 });
    expect(performance.now() - t0).toBeLessThan(4000);
    expect(r).toMatchObject({ ok: false, error: { code: 'backup-too-large' } });
    if (!r.ok) expect(r.error.message).toMatch(/备份文件过大/);
  });

  it('Z1: listing the backup folder (on the UI thread) does not inflate a manifest bomb', async () => {
    const zip = forgeZip(
      replace(await entries(), 'manifest.json', (e) => withData(e, deflateBomb(bombCopies(BOMB)))),
    );
    const t0 = performance.now();
    expect(peekBackupManifest(zip)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('Z1: an entry inflating to less or more than it declares is damage, not a silent cut', async () => {
    const list = await entries();
    const shorter = replace(list, 'tables/audit/000001.json', (e) => ({
      ...e,
      local: { ...e.local, size: e.local.size + 1 },
      central: { ...e.central, size: e.central.size + 1 },
    }));
    expect(read(forgeZip(shorter))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    const longer = replace(list, 'tables/audit/000001.json', (e) => ({
      ...e,
      local: { ...e.local, size: e.local.size - 1 },
      central: { ...e.central, size: e.central.size - 1 },
    }));
    const r = read(forgeZip(longer));
    expect(r).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    if (!r.ok) expect(r.error.message).toMatch(/实际大小与声明不符/);
  });

  it('Z1: bytes hidden after a chunk’s deflate stream are refused', async () => {
    const list = replace(await entries(), 'tables/audit/000001.json', (e) =>
      withData(e, new Uint8Array([...e.data, 0x01, 0x02, 0x03])),
    );
    expect(read(forgeZip(list))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
  });

  it('Z3: two entries whose names differ only by case are refused', async () => {
    const list = await entries();
    const audit = list.find((e) => new TextDecoder().decode(e.central.name) === 'tables/audit/000001.json')!;
    const twin = forgeEntry('tables/AUDIT/000001.json', inflateSync(audit.data));
    const r = read(forgeZip([...list, twin]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/已拒绝/);
  });

  it('Z2: traversal, absolute, NUL and over-long entry names are refused, naming the entry safely', async () => {
    const list = await entries();
    for (const name of [
      '../manifest.json',
      '/etc/passwd',
      'tables/blocks/\u0000.json',
      `tables/${'a'.repeat(300)}.json`,
    ]) {
      const r = read(forgeZip([...list, forgeEntry(name, strToU8('[]'))]));
      expect(r).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
      if (!r.ok) {
        expect(r.error.message).not.toContain('\u0000');
        expect(r.error.message.length).toBeLessThan(160);
      }
    }
  });

  it('Z4: an encrypted entry, an unknown method and an entry whose data lies outside the file are refused', async () => {
    const list = await entries();
    const name = 'tables/audit/000001.json';
    const enc = replace(list, name, (e) => ({
      ...e,
      central: { ...e.central, flags: 1 },
      local: { ...e.local, flags: 1 },
    }));
    expect(read(forgeZip(enc))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    const m = replace(list, name, (e) => ({
      ...e,
      central: { ...e.central, method: 14 },
      local: { ...e.local, method: 14 },
    }));
    expect(read(forgeZip(m))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    const out = replace(list, name, (e) => ({ ...e, central: { ...e.central, localOffset: 0x7fffff00 } }));
    expect(read(forgeZip(out))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
  });

  it('Z1: more entries than the cap are refused before any is inflated', async () => {
    const list = await entries();
    const many = Array.from({ length: 30 }, (_, i) =>
      forgeEntry(`tables/blocks/${String(900000 + i)}.json`, strToU8('[]')),
    );
    expect(read(forgeZip([...list, ...many]), { maxEntries: 20 })).toMatchObject({
      ok: false,
      error: { code: 'backup-too-large' },
    });
  });
});

describe('hostile records in a backup (docs/SECURITY.md R9)', () => {
  const version = (content: PmNode) => ({
    reportId: 'r',
    chapterId: 'students',
    version: 1,
    at: '2025-09-01T00:00:00.000Z',
    by: '张三',
    note: '',
    content,
  });
  const hostile: readonly [string, PmNode][] = [
    ['a script node', chapterDoc('x', [{ type: 'script', text: 'alert(1)' }])],
    [
      'a remote image',
      chapterDoc('x', [{ type: 'image', attrs: { src: 'https://example.com/beacon.png' } }]),
    ],
    [
      'a javascript: link',
      chapterDoc('x', [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '点击', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ]),
    ],
    [
      'an image with an onerror attribute',
      chapterDoc('x', [{ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }]),
    ],
  ];

  it('a stored chapter version or draft must pass the chapter gate every save passes', () => {
    expect(firstInvalidRecord('reportChapters', [version(chapterDoc())])).toBeNull();
    expect(
      firstInvalidRecord('chapterWork', [{ ...workOf({ draft: chapterDoc() }), assignmentId: 'as-1' }]),
    ).toBeNull();
    for (const [what, content] of hostile) {
      expect(
        firstInvalidRecord('reportChapters', [version(chapterDoc()), version(content)]),
        what,
      ).toMatchObject({
        index: 1,
        problem: '格式不正确（content）',
      });
      expect(
        firstInvalidRecord('chapterWork', [{ ...workOf({ draft: content }), assignmentId: 'as-1' }]),
        what,
      ).toMatchObject({ index: 0, problem: '格式不正确（draft）' });
    }
  });
});
