import { describe, expect, it } from 'vitest';
import type { ReportDataSource } from '../report/data-source';
import { buildExportModel } from '../report/export/export-model';
import { parseChapterContent } from '../report/report-nodes';
import { createStaticSource } from '../report/static-source';
import { DRAFT } from '../report/testing/fixture-report';
import { enteredByRow, newAnnexEntry } from './annex-entry';
import { ANNEX_WIDTHS } from './annex-export';
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
        id: 'r.dual',
        name: '双师素质专任教师比例',
        unit: '%',
        source: { kind: 'indicator', indicatorId: 'dual' },
        verified: true,
        note: '',
      },
      {
        id: 'r.stations',
        name: '生均校内实践教学工位数',
        unit: '个/生',
        source: { kind: 'indicator', indicatorId: 'stations' },
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

const INFO = { definition: '', sourceTables: [], standard: null } as const;

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
    {
      info: { ...INFO, id: 'dual', name: '双师素质专任教师比例', unit: '%', precision: 1 },
      reading: { value: 66.666666666667, previous: 63.04 },
    },
    {
      info: { ...INFO, id: 'stations', name: '生均校内实践教学工位数', unit: '个', precision: 2 },
      reading: { value: 3.5, previous: null },
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
    // Figures are bare (the 单位 column says what they count), at the decimals the report prints.
    expect(grid.rows[1]).toEqual(['双师素质专任教师比例', '%', '63.0', '66.7', '状态数据']);
    expect(grid.rows[2]?.[3]).toBe('3.50');
    // A reason goes under the table, numbered once however many cells share it.
    expect(grid.rows[2]?.[2]).toBe('—（注1）');
    expect(grid.rows[3]?.slice(2, 4)).toEqual(['—（注2）', '—（注2）']);
    expect(grid.rows[4]).toEqual(['课程总学时（未核实）', '学时', '未填报', '52000', '2025学年教务台账']);
    expect(grid.notes).toEqual([
      '注1：无法计算（上一年没有该项数据）',
      '注2：无法计算（指标已删除）',
      '状态数据取自：草稿数据（当前数据）',
    ]);
  });

  it('prints a row’s two figures with the same decimals', () => {
    const t = source().annexes!.table('resources')!;
    const row = {
      ...t,
      rows: [
        {
          def: t.rows[4]!.def,
          cells: [
            { ok: true, value: 95.2, text: '95.2', source: 's', decimals: 1 },
            { ok: true, value: 96.03, text: '96.03', source: 's', decimals: 2 },
          ] as const,
        },
      ],
    };
    expect(annexGrid(row).rows[0]?.slice(2, 4)).toEqual(['95.20', '96.03']);
  });

  it('carries a computed figure rounded as the report prints it, with its decimals', () => {
    const t = source().annexes!.table('resources')!;
    expect(t.rows[1]?.cells[1]).toMatchObject({ ok: true, value: 66.7, decimals: 1 });
    expect(t.rows[2]?.cells[1]).toMatchObject({ ok: true, value: 3.5, decimals: 2 });
    expect(t.rows[4]?.cells[1]).toMatchObject({ ok: true, value: 52000, decimals: 0 });
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
      widths: ANNEX_WIDTHS,
    });
    expect(blocks[0]?.kind === 'table' && blocks[0].rows[1]?.cells).toEqual([
      '生师比',
      '',
      '16.8',
      '17.2',
      '状态数据',
    ]);
    // The notes follow the table as table notes, not as body text.
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.role === 'tableNote')).toHaveLength(3);
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      runs: [{ text: '（附表无法生成：附表“旧附表”已删除）' }],
    });
  });
});
