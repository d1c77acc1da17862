/**
 * docs/SECURITY.md Z1–Z5 and J1–J2 through the real import path (previewDataBundle → commitDataBundle) at
 * an office station on IndexedDB: hostile archives (entry counts, size bombs, odd names, duplicate and
 * encrypted entries, partial copies) and hostile JSON are refused with their Chinese message, and a hash
 * of every table of the database is the same before and after.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonical-json';
import { forgeEntry, forgeZip } from '../../../shared/bundle/testing/zip-forge';
import { bytes, unpack } from '../../../shared/bundle/testing/rezip';
import { file, table, threatStations, type ThreatStations } from './testing/threat-stations';

let ts: ThreatStations;

beforeEach(async () => {
  ts = await threatStations();
}, 60_000);

describe('archive and JSON threats (docs/SECURITY.md) at the office database', () => {
  it('Z1: 600 entries and a forged-size bomb are refused without writing', async () => {
    const entries = unpack(ts.forge({ fields: { seq: 7 } })).map((e) =>
      forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8),
    );
    await ts.refused(
      forgeZip([
        ...entries,
        ...Array.from({ length: 600 }, (_, i) => forgeEntry(`files/f${i}`, new Uint8Array(0), 0)),
      ]),
      'too-large',
      /超过上限 512 个/,
    );
    const bomb = forgeEntry('tables/A10-3.json', new Uint8Array(24 * 1024 * 1024), 8, 9);
    bomb.local.size = bomb.central.size = 1024;
    await ts.refused(forgeZip([entries[0]!, entries[1]!, bomb]), 'archive-damaged', /实际大小与声明不符/);
  });

  it('Z2 + Z3 + Z4: odd names, duplicate entries and encrypted entries are refused', async () => {
    const entries = unpack(ts.forge({ fields: { seq: 7 } })).map((e) =>
      forgeEntry(e.name, e.bytes, e.name === 'manifest.sig' ? 0 : 8),
    );
    await ts.refused(
      forgeZip([...entries, forgeEntry('../manifest.json', bytes('{}'))]),
      'unsafe-entry-name',
      /^数据包包含不允许的条目名 /,
    );
    await ts.refused(
      forgeZip([...entries, forgeEntry('tables/A10-3.json', bytes(canonicalJson(table(9))))]),
      'duplicate-entry',
      /出现了两次/,
    );
    const enc = entries.map((e) => ({ ...e, local: { ...e.local }, central: { ...e.central } }));
    enc[2]!.central.flags = enc[2]!.local.flags = 1;
    await ts.refused(
      forgeZip(enc),
      'archive-unsupported',
      '数据包中的 tables/A10-3.json 被加密，本系统不接受加密条目。',
    );
  });

  it('Z5: a partial copy (truncated file) is refused as damaged', async () => {
    const b = ts.forge({ fields: { seq: 7 } });
    for (const cut of [10, b.length >> 1, b.length - 1])
      await ts.refused(b.subarray(0, cut), 'archive-damaged', /^数据包已损坏或不完整/);
  });

  it('J1: __proto__ keys and deep nesting are refused and nothing is polluted', async () => {
    const hostile = `{"departmentCode":"TW","rows":[{"at":"x","by":"x","id":"00000000-0000-4000-8000-000000000001","src":"typed","values":{"__proto__":{"polluted":1}}}],"tableCode":"A10-3"}`;
    await ts.refused(
      ts.forge({ fields: { seq: 7 }, files: [{ path: 'tables/A10-3.json', bytes: bytes(hostile) }] }),
      'json-invalid',
      '文件 tables/A10-3.json 含有不允许的键名 "__proto__"，已拒绝。',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await ts.refused(
      ts.forge({
        fields: { seq: 7 },
        files: [{ path: 'tables/A10-3.json', bytes: bytes('['.repeat(50_000) + ']'.repeat(50_000)) }],
      }),
      'json-invalid',
      /嵌套层数超过/,
    );
  });

  it('J2: one bad row out of 10,000 refuses the whole bundle and names the row', async () => {
    const t = table(10_000);
    const rows = t.rows.map((r, i) => (i === 6789 ? { ...r, values: { communityname: { nested: 1 } } } : r));
    await ts.refused(
      ts.forge({ fields: { seq: 7 }, files: [file({ ...t, rows })] }),
      'table-invalid',
      /文件 tables\/A10-3\.json 第 6790 行无效/,
    );
  });
});
