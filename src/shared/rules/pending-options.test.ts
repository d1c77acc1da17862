import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/builtin-catalog';
import { compileExpression } from './expression-compiler';
import { schemaFromTables } from './rule-data-source';
import { compileRules } from './rule-compiler';
import { STARTER_RULES } from './starter-rules';

const tables = builtInCatalog().tables;
const schema = schemaFromTables(tables);

describe('comparisons with a 选项待定 field', () => {
  it('are refused, in row and table context, whichever side the value is on', () => {
    for (const [text, rowTable] of [
      ['评估状态—未接受评估 = 是', 'A1'],
      ["'是' != 评估状态—未接受评估", 'A1'],
      ["count(A10-3 where A10-3.社团类别 = '学术类')", null],
    ] as const) {
      const c = compileExpression(text, { schema, rowTable });
      expect(c.ok, text).toBe(false);
      if (!c.ok) expect(c.error.message).toContain('选项待定');
    }
  });

  it('still allow comparing a field whose options are known, and testing a pending one for blank', () => {
    expect(compileExpression("性别 = '男'", { schema, rowTable: 'A10-1' }).ok).toBe(true);
    expect(compileExpression('评估状态—未接受评估 = null', { schema, rowTable: 'A1' }).ok).toBe(true);
  });

  it('no starter rule makes one against the built-in catalog', () => {
    const { issues } = compileRules(STARTER_RULES, schema);
    expect(issues.filter((i) => i.message.includes('选项待定'))).toEqual([]);
  });
});
