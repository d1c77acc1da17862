import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { compileRules } from './rule-compiler';
import { schemaFromTables } from './rule-data-source';
import { evaluateRules } from './rule-evaluation';
import { ruleSchema } from './rule-types';
import { STARTER_RULES } from './starter-rules';
import { draftCatalogTables } from './testing/draft-catalog-fixture';
import { rowsOf, sourceOf } from './testing/rule-test-helpers';

const tables = draftCatalogTables();
const period = { academicYearStart: 2024, financeYear: 2024, snapshotDate: '20250831' };

describe('starter rules', () => {
  it('ship at least 20 valid rules with unique ids', () => {
    expect(STARTER_RULES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(STARTER_RULES.map((r) => r.id)).size).toBe(STARTER_RULES.length);
    for (const r of STARTER_RULES) expect(ruleSchema.safeParse(r).success, r.id).toBe(true);
  });

  it('all compile against the draft catalog labels', () => {
    const { issues } = compileRules(STARTER_RULES, schemaFromTables(tables));
    expect(issues).toEqual([]);
  });

  it('all compile against the built-in catalog', () => {
    const { issues } = compileRules(STARTER_RULES, schemaFromTables(builtInCatalog().tables));
    expect(issues).toEqual([]);
  });

  it('cover every operator kind, importance, both contexts and cross-table rules', () => {
    const ops = new Set(STARTER_RULES.map((r) => r.operator));
    for (const op of ['==', '<=', '>=', '<', 'compulsory_pair', 'exclusive_pair'] as const)
      expect(ops.has(op), op).toBe(true);
    expect(new Set(STARTER_RULES.map((r) => r.importance))).toEqual(new Set(['high', 'medium', 'low']));
    expect(STARTER_RULES.some((r) => r.scope.kind === 'cross-table')).toBe(true);
  });

  it('find the planted errors in a small school and leave the rest undecidable or passing', () => {
    const { compiled } = compileRules(STARTER_RULES, schemaFromTables(tables));
    const source = sourceOf(tables, {
      'A7-6-1': rowsOf([
        { directionid: 'd1', planenrolnum: 100, enrolednum: 100, regnum: 101, provregnum: 50 },
      ]),
      'A7-6-2': rowsOf([{ directionid: 'd1', empnum: 90, samepfsnum: 80 }]),
      A3: rowsOf([
        { areacovered: 1000, acreage: 300, researchandauxiliary: 100, classroom: 60, library: 50 },
      ]),
      'A10-1': rowsOf([
        { no: '1', admissiondate: '202409', birthday: '20060101', isgraduation: '否' },
        { no: '2', admissiondate: '202509', birthday: '20060101', isgraduation: '否' },
      ]),
      'A9-6-1': rowsOf([{ awarddate: '202312' }, { awarddate: '202410' }]),
      'A6-1-1': rowsOf([
        {
          employeecode: 't1',
          teacherqualificationunit: '省教育厅',
          isprofessionalteacher: '是',
          doublequalifiedteacher: '是',
        },
      ]),
      A1: rowsOf([{ estimatefirsttime: '200805', estimatenorun: '否' }]),
    });
    const results = new Map(evaluateRules(compiled, source, { period }).map((r) => [r.ruleId, r]));
    const failing = [...results.values()]
      .filter((r) => r.status === 'fail')
      .map((r) => r.ruleId)
      .sort();
    expect(failing).toEqual([
      'A10-1.admission-date',
      'A3.buildings', // 合计 left empty while parts are filled: counted as 0 under SKIP_IF_ALL_VALUES_MISSING
      'A3.teaching-rooms',
      'A6-1-1.teacher-cert-pair',
      'A7-6-1.reg-le-enrol',
      'A9-6-1.award-in-period',
    ]);
    expect(results.get('bench.student-teacher-ratio')?.status).toBe('undecidable');
    expect(results.get('A10-1.count-vs-summary')?.missingTables).toEqual(['A1-X1']);
    expect(results.get('bench.double-qualified')?.status).toBe('pass');
    expect(results.get('A10-1.yoy')?.status).toBe('undecidable');
  });
});
