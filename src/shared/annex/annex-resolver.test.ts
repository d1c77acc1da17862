import { describe, expect, it } from 'vitest';
import type { ReportDataSource } from '../report/data-source';
import { buildExportModel } from '../report/export/export-model';
import { parseChapterContent } from '../report/report-nodes';
import { createStaticSource } from '../report/static-source';
import { DRAFT } from '../report/testing/fixture-report';
import { enteredByRow, newAnnexEntry } from './annex-entry';
import { annexGrid } from './annex-grid';
import { createAnnexResolver } from './annex-resolver';
import type { AnnexTableDef } from './annex-types';

const DEFS: AnnexTableDef[] = [
  {
    id: 'resources',
    name: '教学资源表',
    columns: 'year',
    rows: [
      {
        id: 'r.ssb',
        name: '生师比',
        unit: '',
        source: { kind: 'indicator', indicatorId: 'ssb' },
        verified: true,
        note: '',
      },
      {
        id: 'r.gone',
        name: '已删指标',
        unit: '',
        source: { kind: 'indicator', indicatorId: 'gone' },
        verified: true,
        note: '',
      },
      {
        id: 'r.hours',
        name: '课程总学时',
        unit: '学时',
        source: { kind: 'entered', document: '教务台账' },
        verified: false,
        note: '',
      },
    ],
  },
];

function source(): ReportDataSource {
  const base = createStaticSource(DRAFT, [
    {
      info: {
        id: 'ssb',
        name: '生师比',
        unit: '',
        precision: 1,
        definition: '',
        sourceTables: [],
        standard: null,
      },
      reading: { value: 17.24, previous: 16.8 },
    },
  ]);
  const e = newAnnexEntry(
    DEFS,
    {
      rowId: 'r.hours',
      column: 1,
      departmentCode: '',
      value: 52000,
      source: '2025学年教务台账',
      evidence: '',
    },
    'u',
    'now',
  );
  if (!e.ok) throw new Error(e.error.message);
  return { ...base, annexes: createAnnexResolver(DEFS, base, enteredByRow([e.value])) };
}

describe('annex resolver', () => {
  it('reads this and last year from the data source and entered figures with their source', () => {
    const grid = annexGrid(source().annexes!.table('resources')!);
    expect(grid.head).toEqual(['项目', '单位', '上一学年', '本学年', '数据来源']);
    expect(grid.rows[0]).toEqual(['生师比', '', '16.8', '17.2', '状态数据']);
    expect(grid.rows[1]?.[3]).toBe('无法计算（指标已删除）');
    expect(grid.rows[2]).toEqual([
      '课程总学时（未核实）',
      '学时',
      '未填报',
      '52000 学时',
      '2025学年教务台账',
    ]);
    expect(grid.note).toBe('状态数据取自：草稿数据（当前数据）');
  });

  it('an annex node passes the chapter gate and exports as a captioned table', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'annexTable', attrs: { annexId: 'resources', title: '教学资源表' } },
        { type: 'annexTable', attrs: { annexId: 'deleted', title: '旧附表' } },
      ],
    };
    const parsed = parseChapterContent(doc);
    expect(parsed.ok).toBe(true);
    expect(
      parseChapterContent({ type: 'doc', content: [{ type: 'annexTable', attrs: { annexId: 'Bad Id' } }] })
        .ok,
    ).toBe(false);
    const report = {
      title: 't',
      school: 's',
      year: 2026,
      chapters: [{ id: 'c1', title: '附表' }],
    } as Parameters<typeof buildExportModel>[0];
    const model = buildExportModel(report, new Map([['c1', doc]]), source());
    const blocks = model.chapters[0]!.blocks;
    // The title is the table's own, unnumbered; the columns are sized for the names and reasons.
    expect(blocks[0]).toMatchObject({
      kind: 'table',
      title: '附表\u3000教学资源表',
      widths: [26, 8, 22, 22, 22],
    });
    expect(blocks[0]?.kind === 'table' && blocks[0].rows[1]?.cells).toEqual([
      '生师比',
      '',
      '16.8',
      '17.2',
      '状态数据',
    ]);
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      runs: [{ text: '（附表无法生成：附表“旧附表”已删除）' }],
    });
  });
});
