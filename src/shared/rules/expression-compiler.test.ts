import { describe, expect, it } from 'vitest';
import { createEnv, createEvalRun } from './eval-env';
import { compileExpression } from './expression-compiler';
import { schemaFromTables } from './rule-data-source';
import type { Value } from './rule-values';
import { draftCatalogTables } from './testing/draft-catalog-fixture';
import { rowsOf, sourceOf, storedRow } from './testing/rule-test-helpers';
import type { CellValue } from '../records/record-types';

const tables = draftCatalogTables();
const schema = schemaFromTables(tables);
const period = { academicYearStart: 2024, financeYear: 2024, snapshotDate: '20250831' };

const source = sourceOf(tables, {
  'A7-6-2': rowsOf([
    { directionid: 'd1', empnum: 40, samepfsnum: 30 },
    { directionid: 'd2', empnum: 60, samepfsnum: 50 },
    { directionid: 'd3', empnum: null, samepfsnum: 5 },
  ]),
  'A6-1-1': rowsOf([
    { employeecode: 't1', doublequalifiedteacher: '是', isprofessionalteacher: '是', title: '教授' },
    { employeecode: 't2', doublequalifiedteacher: '否', isprofessionalteacher: '是', title: '讲师' },
    { employeecode: 't3', doublequalifiedteacher: true, isprofessionalteacher: '否', title: '讲师' },
  ]),
  'A1-X1': rowsOf([{ offnum: 9000.5, senioredustunum: 8000 }]),
});

/** Evaluates an expression; `row` makes it a row expression of `table`. */
function run(
  text: string,
  opts: { table?: string; row?: Record<string, CellValue>; zero?: boolean } = {},
): Value {
  const c = compileExpression(text, { schema, rowTable: opts.table ?? null });
  if (!c.ok) throw new Error(c.error.message);
  const env = createEnv(source, createEvalRun(period), opts.zero ?? false);
  if (opts.row !== undefined) {
    env.values = opts.row;
    env.row = storedRow(99, opts.row);
    env.tableCode = opts.table ?? null;
  }
  return c.value.evaluate(env);
}

function compileError(text: string, table: string | null = null) {
  const c = compileExpression(text, { schema, rowTable: table });
  if (c.ok) throw new Error(`expected an error for ${text}`);
  return c.error;
}

describe('row expressions', () => {
  const row = { regnum: 95, enrolednum: 100, planenrolnum: null };
  it('resolves Chinese labels and ASCII keys to the same field', () => {
    expect(run('实际报到数 <= 实际录取数', { table: 'A7-6-1', row })).toBe(true);
    expect(run('regnum <= enrolednum', { table: 'A7-6-1', row })).toBe(true);
    expect(run('A7-6-1.实际报到数 - 5', { table: 'A7-6-1', row })).toBe(90);
  });

  it('computes arithmetic, modulo, unary minus and division by zero as empty', () => {
    expect(run('实际录取数 * 2 + 实际报到数 % 10 - -1', { table: 'A7-6-1', row })).toBe(206);
    expect(run('实际报到数 / 0', { table: 'A7-6-1', row })).toBeNull();
    expect(run('实际报到数 / 实际录取数', { table: 'A7-6-1', row })).toBe(0.95);
  });

  it('propagates empty values unless missing values count as zero', () => {
    expect(run('计划招生数 + 1', { table: 'A7-6-1', row })).toBeNull();
    expect(run('计划招生数 + 1', { table: 'A7-6-1', row, zero: true })).toBe(1);
    expect(run('isEmpty(计划招生数) and not isEmpty(实际录取数)', { table: 'A7-6-1', row })).toBe(true);
    expect(run('coalesce(计划招生数, 实际录取数)', { table: 'A7-6-1', row })).toBe(100);
  });

  it('compares 是/否 with booleans and numeric text with numbers', () => {
    expect(run('是否双师素质教师 = 是', { table: 'A6-1-1', row: { doublequalifiedteacher: true } })).toBe(
      true,
    );
    expect(run('是否双师素质教师 = true', { table: 'A6-1-1', row: { doublequalifiedteacher: '是' } })).toBe(
      true,
    );
    expect(run('是否双师素质教师 != 否', { table: 'A6-1-1', row: { doublequalifiedteacher: '否' } })).toBe(
      false,
    );
    expect(run('实际报到数 = 95 and 实际报到数 > 9', { table: 'A7-6-1', row: { regnum: '95' } })).toBe(true);
    expect(run('姓名 = "张三"', { table: 'A10-1', row: { name: ' 张三 ' } })).toBe(true);
  });
});

describe('aggregates', () => {
  it('counts, sums and filters rows', () => {
    expect(run('count(A7-6-2)')).toBe(3);
    expect(run('sum(A7-6-2.对口就业数) <= sum(A7-6-2.就业数)')).toBe(true);
    expect(run('sum(A7-6-2.就业数)')).toBe(100);
    expect(run('avg(A7-6-2.就业数)')).toBe(50);
    expect(run('min(A7-6-2.就业数) + max(A7-6-2.就业数)')).toBe(100);
    expect(run('count(A6-1-1 where 是否双师素质教师 = 是)')).toBe(2);
    expect(run('count(A6-1-1 where 是否双师素质教师 = 是 and 是否专业教师 = 是)')).toBe(1);
    expect(run('sum(A7-6-2.对口就业数 where 就业数 >= 50)')).toBe(50);
    expect(run('count(distinct A6-1-1.职称（已聘）)')).toBe(2);
    expect(run('distinctCount(A6-1-1.title)')).toBe(2);
  });

  it('reads a form table field outside aggregates', () => {
    expect(run('round(A1-X1.折合在校生数 / count(A6-1-1), 1)')).toBe(3000.2);
    expect(run('max(1, 5, 3)')).toBe(5);
  });

  it('uses the statistical period of the table', () => {
    expect(run('periodStart(A7-6-2)')).toBe(20240901);
    expect(run('periodEnd(A5-1)')).toBe(20241231);
    expect(run('snapshotDate')).toBe(20250831);
    expect(run('inPeriod(获奖日期（年月）)', { table: 'A9-6-1', row: { awarddate: '202409' } })).toBe(true);
    expect(run('inPeriod(获奖日期（年月）)', { table: 'A9-6-1', row: { awarddate: '202408' } })).toBe(false);
    expect(
      run('date(入学日期（年月）) <= snapshotDate()', { table: 'A10-1', row: { admissiondate: 202409 } }),
    ).toBe(true);
  });
});

describe('compile errors', () => {
  it('names unknown tables, fields and functions with their position', () => {
    const t = compileError('count(A7-6-9)');
    expect(t.code).toBe('unknown-table');
    expect(t.detail?.position).toBe(6);
    const f = compileError('实际报道数 <= 1', 'A7-6-1');
    expect(f.code).toBe('unknown-field');
    expect(f.message).toContain('实际报到数');
    const fn = compileError('median(A7-6-2.就业数)');
    expect(fn.code).toBe('unknown-function');
    expect(fn.message).toContain('未知函数“median”');
  });

  it('refuses bare fields in table context and tables as values', () => {
    expect(compileError('就业数 > 0').code).toBe('bad-context');
    expect(compileError('A10-1 + 1').message).toContain('count(A10-1)');
  });

  it('refuses sums of text fields and wrong argument counts', () => {
    expect(compileError('sum(A10-1.姓名)').message).toContain('不是数值');
    expect(compileError('if(1, 2)').message).toContain('3 个参数');
    expect(compileError('abs(1) where 1').code).toBe('syntax');
  });
});

describe('names', () => {
  it('matches labels across full-/half-width punctuation and formats names for insertion', async () => {
    const { formatFieldName } = await import('./field-resolution');
    expect(run('`入学日期(年月)` = 202409', { table: 'A10-1', row: { admissiondate: 202409 } })).toBe(true);
    expect(formatFieldName('入学日期（年月）')).toBe('入学日期（年月）');
    expect(formatFieldName('学校名称(全称)')).toBe('`学校名称(全称)`');
    expect(formatFieldName('春季/秋季招生标识')).toBe('`春季/秋季招生标识`');
    expect(formatFieldName('“三校生”—就业数')).toBe('“三校生”—就业数');
  });

  it('reads a backquoted table code and rejects an unknown ascii table in member access', () => {
    expect(run('count(`A7-6-2`)')).toBe(3);
    expect(compileError('a.b').code).toBe('unknown-table');
  });
});

describe('robustness', () => {
  it('compiles or reports an error for arbitrary token soup, never throwing', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom(
      '(',
      ')',
      'A7-6-2',
      'A10-1',
      '.',
      '就业数',
      ' where ',
      '-',
      '/',
      '<=',
      'sum',
      'count',
      'prev',
      'if',
      ',',
      '0',
      '是',
      'distinct ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (xs) => {
        const c = compileExpression(xs.join(''), { schema, rowTable: null });
        if (c.ok) expect(() => c.value.evaluate(createEnv(source, createEvalRun(period)))).not.toThrow();
        else expect(c.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
