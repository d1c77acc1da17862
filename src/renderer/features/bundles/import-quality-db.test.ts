/**
 * The import preview's quality at database level: a department's bundle with a value the catalog rejects
 * previews with that value named and its errors and completeness counted, nothing written before the
 * confirmation; a bundle carrying a field the office's catalog lacks is refused whole, naming the field.
 * A summary department's preview counts a contributor's errors the same way, and the sender's 留空说明
 * are counted apart from the empty required cells still to fill, there and in its forward at the office.
 * The notes of cells a spreadsheet import left empty are listed apart from the 合理性说明.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blankCheckId } from '../../../shared/review/blank-notes';
import { passing } from '../../../shared/review/review-test-fixtures';
import { buildDataBundle, buildForwardBundle } from './data-export';
import { commitDataBundle } from './data-commit';
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

  it('counts a contributor’s errors at the summary department before anything is written', async () => {
    const { summary, dept } = await threeStations();
    const key = { workspaceId: dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' };
    const rows = fieldRows(2, (i) => ({
      projname: i === 0 ? '社会实践项目' : '志愿服务',
      awarddate: i === 0 ? '202513' : null,
    }));
    must(await dept.deps.repo.commitSlice(key, rows, dept.acting.actor, 'typed'));
    const bytes = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC')).bytes;
    const before = await dbHash(summary.db);
    const p = must(await previewDataBundle(summary.deps, summary.ws, await summary.state(), bytes));
    const tw = p.slices.find((s) => s.tableCode === 'A9-6-1' && s.departmentCode === 'TW')!;
    expect(tw.quality).toMatchObject({ rows: 2, errorCells: 1, requiredEmpty: 0 });
    expect(tw.quality.rejected).toEqual([expect.objectContaining({ row: 1, fieldKey: 'awarddate' })]);
    expect(await dbHash(summary.db)).toBe(before);
  });

  it('counts the sender’s 留空说明 apart at the summary department, and again in its forward at the office', async () => {
    const { office, summary, dept } = await threeStations();
    const key = { workspaceId: dept.ws.id, tableCode: 'A9-6-1', departmentCode: 'TW' };
    const rows = fieldRows(3, (i) => ({ projname: i === 1 ? '' : `项目${i}` }));
    must(await dept.deps.repo.commitSlice(key, rows, dept.acting.actor, 'typed'));
    const filler = { name: '唐信息', role: 'filler' } as const;
    const head = { name: '田书记', role: 'head' } as const;
    const note = blankCheckId(rows[1]!.id, 'projname');
    must(await dept.deps.repo.setJustification(key, note, '项目名称待团委会议定', filler));
    must(await dept.deps.repo.reviewAction(key, { type: 'submit' }, filler));
    const l1 = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
    must(await dept.deps.repo.reviewAction(key, l1, head));
    const bytes = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC')).bytes;

    const atSummary = must(await previewDataBundle(summary.deps, summary.ws, await summary.state(), bytes));
    const tw = atSummary.slices.find((s) => s.tableCode === 'A9-6-1' && s.departmentCode === 'TW')!;
    expect(tw.quality).toMatchObject({ rows: 3, errorCells: 0, requiredEmpty: 1 });
    expect(tw.explainedEmpty).toBe(1);
    must(await commitDataBundle(summary.deps, summary.acting, atSummary));
    const l2 = { type: 'approve', level: 2, checklist: passing(2), ticks: [] } as const;
    must(await summary.deps.repo.reviewAction({ ...key, workspaceId: summary.ws.id }, l2, head));

    const forward = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state())).bytes;
    const atOffice = must(await previewDataBundle(office.deps, office.ws, await office.state(), forward));
    const relayed = atOffice.slices.find((s) => s.tableCode === 'A9-6-1' && s.departmentCode === 'TW')!;
    expect(relayed.quality).toMatchObject({ errorCells: 0, requiredEmpty: 1 });
    expect(relayed.explainedEmpty).toBe(1);
  });

  it('counts the cells a spreadsheet import left empty apart from the 合理性说明, naming row and field', async () => {
    const { office, dept } = await threeStations();
    const key = { workspaceId: dept.ws.id, tableCode: 'A10-3', departmentCode: 'TW' };
    const table = (await dept.deps.repo.loadCatalog(dept.ws.id)).tables.find((t) => t.code === 'A10-3')!;
    // An optional field: the note does not explain an empty cell, so a required one would block the submission.
    const field = table.fields.find((f) => !f.required && f.type === 'integer')!;
    const file = [
      { communityname: '青年志愿者协会', [field.key]: null },
      { communityname: '摄影协会', [field.key]: null },
    ];
    const dropped = [{ index: 1, sheetRow: 3, fieldKey: field.key, value: '二十余人', message: '无法识别' }];
    const imported = await dept.deps.repo.importSlice(
      key,
      {
        table,
        values: JSON.stringify(file),
        mappedKeys: ['communityname', field.key],
        mode: 'append',
        dropped,
      },
      dept.acting.actor,
    );
    expect(imported.ok).toBe(true);
    const filler = { name: '唐信息', role: 'filler' } as const;
    must(await dept.deps.repo.setJustification(key, 'rule:A10-3.growth', '本年度新成立社团 2 个', filler));
    must(await dept.deps.repo.reviewAction(key, { type: 'submit' }, filler));
    const l1 = { type: 'approve', level: 1, checklist: passing(1), ticks: [] } as const;
    must(await dept.deps.repo.reviewAction(key, l1, { name: '田书记', role: 'head' }));
    const bytes = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE')).bytes;
    const p = must(await previewDataBundle(office.deps, office.ws, await office.state(), bytes));
    const tw = p.slices.find((s) => s.tableCode === 'A10-3' && s.departmentCode === 'TW')!;
    // The one 合理性说明 the sender wrote; the import note is listed apart, with its row and field.
    expect(tw.justifications.map((j) => j.text)).toEqual(['本年度新成立社团 2 个']);
    expect(tw.importNotes).toEqual([
      {
        row: 2,
        fieldLabel: field.label,
        text: '导入时无法识别，已留空：原值「二十余人」。原因：无法识别',
      },
    ]);
  });
});
