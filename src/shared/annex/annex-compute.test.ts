import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { schemaFromTables } from '../rules/rule-data-source';
import { BUILTIN_INDICATORS } from '../indicators/builtin-indicators';
import { compileIndicators } from '../indicators/indicator-compiler';
import { computeIndicators } from '../indicators/indicator-engine';
import { FIXTURE_EXPECTED, fixtureSource } from '../indicators/testing/fixture-school';
import {
  annexIndicatorIds,
  computeAnnexRow,
  computeAnnexTable,
  typedDecimals,
  type AnnexInputs,
} from './annex-compute';
import { enteredAnnexValueSchema, type AnnexRowDef, type EnteredAnnexValue } from './annex-types';
import { BUILTIN_ANNEXES } from './builtin-annexes';

function fixtureValues() {
  const { compiled } = compileIndicators(BUILTIN_INDICATORS, schemaFromTables(builtInCatalog().tables));
  return computeIndicators(compiled, fixtureSource());
}

const inputs = (over: Partial<AnnexInputs> = {}): AnnexInputs => ({
  current: fixtureValues(),
  previous: null,
  entered: new Map(),
  lockLabel: '2025学年锁定',
  previousLockLabel: null,
  ...over,
});

const entered = (value: number, source = '2025届毕业生跟踪调查报告'): EnteredAnnexValue => ({
  value,
  source,
  evidence: '调查报告.pdf',
  enteredBy: '招就处信息员',
  enteredAt: '2026-10-01T00:00:00.000Z',
});

describe('annex tables computed from a locked year', () => {
  it('every computed row of the shipped annexes equals its indicator on the hand-computed fixture school', () => {
    const given = inputs();
    let checked = 0;
    for (const table of BUILTIN_ANNEXES) {
      for (const row of computeAnnexTable(table, given).rows) {
        if (row.def.source.kind !== 'indicator') continue;
        const expected = FIXTURE_EXPECTED[row.def.source.indicatorId];
        const cell = row.cells[1];
        if (typeof expected === 'number') {
          expect(cell.ok && cell.value, row.def.name).toBeCloseTo(expected, 6);
          expect(cell.ok && cell.source).toBe('2025学年锁定');
        } else {
          expect(cell, row.def.name).toEqual({ ok: false, reason: expected });
        }
        checked++;
      }
    }
    expect(checked).toBe(annexIndicatorIds(BUILTIN_ANNEXES).size);
  });

  it('a computed row whose indicator cannot be computed names the reason (就业率 lacks 毕业生数 in the catalog)', () => {
    const scorecard = BUILTIN_ANNEXES.find((t) => t.id === 'scorecard')!;
    const rate = computeAnnexTable(scorecard, inputs()).rows.find((r) => r.def.name === '就业率')!;
    expect(rate.cells[1]).toEqual({ ok: false, reason: expect.stringContaining('毕业生数') });
  });

  it('the 上一年 column reads last year’s lock, and says so when there is none', () => {
    const row: AnnexRowDef = BUILTIN_ANNEXES.find((t) => t.id === 'resources')!.rows[0]!;
    expect(computeAnnexRow(row, inputs()).cells[0]).toEqual({
      ok: false,
      reason: '无法计算（没有上一年的锁定数据）',
    });
    const lastYear = computeAnnexRow(
      row,
      inputs({ previous: fixtureValues(), previousLockLabel: '2024学年锁定' }),
    );
    expect(lastYear.cells[0]).toMatchObject({ ok: true, source: '2024学年锁定' });
  });

  it('a row whose indicator was deleted shows 指标已删除, never a blank', () => {
    const row: AnnexRowDef = {
      id: 'x.gone',
      name: '已删除的指标',
      unit: '%',
      source: { kind: 'indicator', indicatorId: 'no.such-indicator' },
      verified: false,
      note: '',
    };
    expect(computeAnnexRow(row, inputs()).cells[1]).toEqual({ ok: false, reason: '无法计算（指标已删除）' });
  });

  it('entered rows show the typed figure with its source, or 未填报', () => {
    const scorecard = BUILTIN_ANNEXES.find((t) => t.id === 'scorecard')!;
    const t = computeAnnexTable(
      scorecard,
      inputs({ entered: new Map([['scorecard.monthly-income', [entered(4120), entered(4380)] as const]]) }),
    );
    const income = t.rows.find((r) => r.def.id === 'scorecard.monthly-income')!;
    expect(income.cells).toEqual([
      { ok: true, value: 4120, text: '4120 元', source: '2025届毕业生跟踪调查报告', decimals: 0 },
      { ok: true, value: 4380, text: '4380 元', source: '2025届毕业生跟踪调查报告', decimals: 0 },
    ]);
    expect(t.columnLabels).toEqual(['上一届', '本届']);
    const satisfaction = t.rows.find((r) => r.def.id === 'scorecard.alma-mater-satisfaction')!;
    expect(satisfaction.cells[1]).toEqual({ ok: false, reason: '未填报' });
  });

  it('keeps the decimals of a typed figure as typed', () => {
    expect([typedDecimals(4380), typedDecimals(96.03), typedDecimals(95.2), typedDecimals(1e21)]).toEqual([
      0, 2, 1, 0,
    ]);
  });

  it('an entered value without a source is refused with a Chinese message', () => {
    const r = enteredAnnexValueSchema.safeParse({ ...entered(90), source: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('请填写数据来源（如调查报告名称）');
  });
});
