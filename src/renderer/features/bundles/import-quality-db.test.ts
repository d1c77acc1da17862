/**
 * The import preview's quality at database level: a department's bundle with a value the catalog rejects
 * previews with that value named and its errors and completeness counted, nothing written before the
 * confirmation; a bundle carrying a field the office's catalog lacks is refused whole, naming the field.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDataBundle } from './data-export';
import { previewDataBundle } from './data-import';
import { dbHash, fieldRows, type Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

async function bundleOf(dept: Station, values: (i: number) => Record<string, string | number>) {
  const key = { workspaceId: dept.ws.id, tableCode: 'A10-3', departmentCode: 'TW' };
  must(await dept.deps.repo.commitSlice(key, fieldRows(2, values), dept.acting.actor, 'typed'));
  return must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE')).bytes;
}

describe('import preview quality', () => {
  it('names a rejected value and counts errors and completeness before anything is written', async () => {
    const { office, dept } = await threeStations();
    const bytes = await bundleOf(dept, (i) =>
      i === 0 ? { communityname: '书法社', membercount: 30 } : { communityname: '', membercount: '三十' },
    );
    const before = await dbHash(office.db);
    const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), bytes));
    const slice = p.slices.find((s) => s.tableCode === 'A10-3')!;
    expect(slice.quality).toMatchObject({ rows: 2, errorCells: 1, requiredEmpty: 1, completeness: 0.5 });
    expect(slice.quality.rejected).toEqual([
      expect.objectContaining({ row: 2, fieldKey: 'membercount', value: '三十' }),
    ]);
    expect(await dbHash(office.db)).toBe(before);
  });

  it('refuses a bundle with a field the catalog lacks, naming it, database unchanged', async () => {
    const { office, dept } = await threeStations();
    const bytes = await bundleOf(dept, (i) => ({ communityname: `社${i}`, secretfield: 'x' }));
    const before = await dbHash(office.db);
    const p = await previewDataBundle(office.deps, office.ws, await office.state(), bytes);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.message).toContain('TW 的 A10-3 表含有采集目录中没有的字段（secretfield）');
    expect(await dbHash(office.db)).toBe(before);
  });
});
