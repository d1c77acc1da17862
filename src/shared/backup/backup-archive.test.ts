import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hash';
import { encodeBackupArchive } from './backup-archive-writer';
import { readBackupArchive } from './backup-archive-reader';
import { TEST_SPECS, WS_ID, testBackupInput } from './testing/backup-fixture';

const read = (bytes: Uint8Array, limits = {}) =>
  readBackupArchive(bytes, { tables: TEST_SPECS, schemaVersion: 3, limits });

async function encoded(blocks = 3, chunkTargetBytes?: number) {
  const { head, tables } = testBackupInput(blocks);
  const r = await encodeBackupArchive(head, tables, chunkTargetBytes ? { chunkTargetBytes } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Unzips, lets `edit` change the entries, and zips again (fflate's writer, not ours). */
function rezip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

function withManifest(bytes: Uint8Array, change: (m: Record<string, unknown>) => void): Uint8Array {
  return rezip(bytes, (files) => {
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
    change(m);
    files['manifest.json'] = strToU8(JSON.stringify(m));
  });
}

/** Replaces a chunk's records and fixes the manifest's hash, so only the record checks can object. */
function withRecords(
  bytes: Uint8Array,
  table: string,
  change: (records: Record<string, unknown>[]) => void,
): Uint8Array {
  const files = unzipSync(bytes);
  const path = `tables/${table}/000001.json`;
  const records = JSON.parse(new TextDecoder().decode(files[path])) as Record<string, unknown>[];
  change(records);
  const chunk = strToU8(canonicalJson(records));
  files[path] = chunk;
  const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    tables: {
      name: string;
      rows: number;
      chunks: { path: string; sha256: string; size: number; rows: number }[];
    }[];
  };
  const t = m.tables.find((x) => x.name === table);
  if (!t || !t.chunks[0]) throw new Error('fixture');
  t.chunks[0] = { path, sha256: sha256Hex(chunk), size: chunk.length, rows: records.length };
  t.rows = t.chunks.reduce((n, c) => n + c.rows, 0);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return zipSync(files);
}

describe('backup archive format', () => {
  it('round-trips every record of every table, byte-identical in canonical form', async () => {
    const { tables } = testBackupInput(5);
    const { bytes, manifest } = await encoded(5);
    const r = read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.manifest).toEqual(manifest);
    for (const t of tables) expect(canonicalJson(r.value.tables[t.spec.name])).toBe(canonicalJson(t.records));
  });

  it('splits large tables into several hashed chunks and reports progress', async () => {
    const { head, tables } = testBackupInput(20, 50);
    const seen: number[] = [];
    const r = await encodeBackupArchive(head, tables, {
      chunkTargetBytes: 4096,
      onProgress: (p) => seen.push(p.done),
      pause: () => Promise.resolve(),
    });
    if (!r.ok) throw new Error(r.error.message);
    const blocks = r.value.manifest.tables.find((t) => t.name === 'blocks');
    expect(blocks?.chunks.length).toBeGreaterThan(5);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(tables.reduce((n, t) => n + t.records.length, 0));
    expect(read(r.value.bytes).ok).toBe(true);
  });

  it('skips non-JSON records only where the table allows it, and refuses them elsewhere', async () => {
    const { head, tables } = testBackupInput(1);
    const keysInput = tables.find((t) => t.spec.name === 'keys');
    if (!keysInput) throw new Error('fixture');
    const withKey = tables.map((t) =>
      t === keysInput
        ? { ...t, records: [...t.records, { workspaceId: WS_ID, keyId: 'k2', key: new Map() }] }
        : t,
    );
    const r = await encodeBackupArchive(head, withKey);
    expect(r.ok && r.value.manifest.tables.find((t) => t.name === 'keys')).toMatchObject({
      rows: 1,
      skipped: 1,
    });
    const bad = tables.map((t) =>
      t.spec.name === 'blocks' ? { ...t, records: [{ workspaceId: WS_ID, when: new Date() }] } : t,
    );
    const refused = await encodeBackupArchive(head, bad);
    expect(refused.ok).toBe(false);
  });

  it('refuses a chunk whose bytes were altered', async () => {
    const { bytes } = await encoded();
    const tampered = rezip(bytes, (f) => {
      const c = f['tables/blocks/000001.json'] as Uint8Array;
      c[c.length - 3] = c[c.length - 3] === 0x31 ? 0x32 : 0x31;
    });
    expect(read(tampered)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
  });

  it('refuses unlisted, missing and oddly named entries', async () => {
    const { bytes } = await encoded();
    expect(read(rezip(bytes, (f) => void (f['tables/blocks/000099.json'] = strToU8('[]'))))).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid' },
    });
    expect(read(rezip(bytes, (f) => void delete f['tables/audit/000001.json']))).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid' },
    });
    expect(read(rezip(bytes, (f) => void (f['../evil.json'] = strToU8('[]'))))).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid' },
    });
  });

  it('refuses other files, other format versions and other schema versions', async () => {
    const { bytes } = await encoded();
    expect(read(strToU8('not a zip at all'))).toMatchObject({ ok: false, error: { code: 'backup-damaged' } });
    expect(read(zipSync({ 'x.txt': strToU8('hi') }))).toMatchObject({ ok: false });
    expect(read(withManifest(bytes, (m) => (m.formatVersion = 2)))).toMatchObject({
      ok: false,
      error: { code: 'backup-unsupported' },
    });
    expect(readBackupArchive(bytes, { tables: TEST_SPECS, schemaVersion: 4 })).toMatchObject({
      ok: false,
      error: { code: 'backup-unsupported' },
    });
    expect(read(withManifest(bytes, (m) => (m.extra = 1)))).toMatchObject({
      ok: false,
      error: { code: 'backup-damaged' },
    });
  });

  it('refuses an archive missing a table of the current schema or carrying an unknown one', async () => {
    const { bytes } = await encoded();
    expect(
      readBackupArchive(bytes, {
        tables: [...TEST_SPECS, { name: 'extra', keyPath: ['workspaceId'] }],
        schemaVersion: 3,
      }),
    ).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
    expect(readBackupArchive(bytes, { tables: TEST_SPECS.slice(0, 3), schemaVersion: 3 })).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid' },
    });
  });

  it('refuses records of another workspace, duplicate keys and a bad workspace record', async () => {
    const { bytes } = await encoded();
    const other = withRecords(
      bytes,
      'blocks',
      (rs) => void ((rs[0] as Record<string, unknown>).workspaceId = '00000000-0000-4000-8000-000000000000'),
    );
    expect(read(other)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
    const dup = withRecords(bytes, 'blocks', (rs) => void rs.push({ ...(rs[0] as Record<string, unknown>) }));
    expect(read(dup)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
    const badWs = withRecords(
      bytes,
      'workspaces',
      (rs) => void ((rs[0] as Record<string, unknown>).name = ''),
    );
    expect(read(badWs)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
  });

  it('refuses an audit log with an edited or missing event', async () => {
    const { bytes } = await encoded();
    const edited = withRecords(
      bytes,
      'audit',
      (rs) => void ((rs[1] as Record<string, unknown>).actor = '李四'),
    );
    expect(read(edited)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
    const dropped = withRecords(bytes, 'audit', (rs) => void rs.pop());
    expect(read(dropped)).toMatchObject({ ok: false, error: { code: 'backup-invalid' } });
  });

  it('refuses archives over the size caps before inflating them', async () => {
    const { bytes } = await encoded();
    expect(read(bytes, { maxArchiveBytes: 100 })).toMatchObject({
      ok: false,
      error: { code: 'backup-too-large' },
    });
    expect(read(bytes, { maxEntryBytes: 50 })).toMatchObject({
      ok: false,
      error: { code: 'backup-too-large' },
    });
  });

  it('never throws on a truncated or bit-flipped archive', async () => {
    const { bytes } = await encoded();
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 60))) {
      expect(read(bytes.subarray(0, cut)).ok).toBe(false);
      const flipped = bytes.slice();
      flipped[cut] = (flipped[cut] ?? 0) ^ 0xff;
      expect(() => read(flipped)).not.toThrow();
    }
  });
});
