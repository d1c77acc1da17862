import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { compileRules } from '../rules/rule-compiler';
import { memoryDataSource, schemaFromTables } from '../rules/rule-data-source';
import { starterRuleset } from '../rules/ruleset';
import { rowsOf } from '../rules/testing/rule-test-helpers';
import { canApprove } from './checklist';
import { reviewTable } from './table-review';

const catalog = builtInCatalog();
const a3 = catalog.tables.find((t) => t.code === 'A3');
if (!a3) throw new Error('A3 missing');
const ruleset = starterRuleset('t');
const { compiled } = compileRules(ruleset.rules, schemaFromTables(catalog.tables));
const REQUIRED = {
  areacovered: 1000,
  researchandauxiliary: 200,
  office: 50,
  valueofresearchequipment: 5000,
  numofbook: 100000,
};

function review(values: Record<string, number>, prev: Record<string, number> | null = null) {
  const rows = rowsOf([values]);
  return reviewTable({
    level: 1,
    table: a3 as NonNullable<typeof a3>,
    rows,
    compiled,
    source: memoryDataSource({ tables: catalog.tables, rows: { A3: rows } }),
    prevRows: prev === null ? null : rowsOf([prev], 100),
    ruleset,
  });
}

describe('reviewTable', () => {
  it('turns a failed medium rule into a soft item that a 合理性说明 accepts', () => {
    const r = review({ ...REQUIRED, schoolbuildingarea: 100 });
    const item = r.checklist.items.find((i) => i.id === 'rule:A3.buildings');
    expect(item).toMatchObject({ severity: 'soft', status: 'fail' });
    expect(item?.text).toContain('100');
    const ticks = r.checklist.items.filter((i) => i.kind === 'manual').map((i) => i.id);
    expect(canApprove(r.checklist, {}, ticks).ok).toBe(false);
    expect(canApprove(r.checklist, { 'rule:A3.buildings': { text: '含租用校舍' } }, ticks).ok).toBe(true);
  });

  it('names passing and skipped rules instead of showing an unfilled message template', () => {
    const r = review({ ...REQUIRED, schoolbuildingarea: 300 });
    const passed = r.checklist.items.find((i) => i.id === 'rule:A3.buildings');
    expect(passed).toMatchObject({ status: 'pass', text: '校舍建筑面积合计不小于分项之和' });
    expect(r.checklist.items.every((i) => !i.text.includes('{left}'))).toBe(true);
  });

  it('reports empty required cells as a hard item', () => {
    const r = review({ areacovered: 1000 });
    expect(r.requiredEmpty).toBe(4);
    expect(r.checklist.items.find((i) => i.id === 'required:cells')).toMatchObject({
      severity: 'hard',
      status: 'fail',
    });
  });

  it('flags year-over-year jumps per field against last year, and says when last year is missing', () => {
    const r = review(REQUIRED, { ...REQUIRED, numofbook: 50000 });
    expect(r.yoyAvailable).toBe(true);
    const yoy = r.checklist.items.find((i) => i.id === 'yoy:numofbook');
    expect(yoy?.text).toContain('+100.0%');
    expect(review(REQUIRED).yoyAvailable).toBe(false);
  });

  it('adds the manual items of the level only', () => {
    const r = review(REQUIRED);
    expect(r.checklist.items.filter((i) => i.kind === 'manual').map((i) => i.id)).toEqual([
      'manual:source-docs',
    ]);
  });
});
