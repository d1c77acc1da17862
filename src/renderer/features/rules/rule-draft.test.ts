import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../shared/catalog/builtin-catalog';
import { schemaFromTables } from '../../../shared/rules';
import { blankRule, checkRuleDraft, nextRuleId } from './rule-draft';

const schema = schemaFromTables(builtInCatalog().tables);
const base = { ...blankRule([], 'A7-6-1'), name: '报到不超过录取', message: '{left} > {right}' };

describe('rule draft', () => {
  it('accepts a rule the engine can run', () => {
    expect(checkRuleDraft({ ...base, left: '实际报到数', right: '实际录取数' }, schema, [])).toEqual({
      ok: true,
    });
  });

  it('names the side and the position of a parse error', () => {
    const r = checkRuleDraft({ ...base, left: '实际报到数', right: '实际录取数 * (1 +' }, schema, []);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.side).toBe('right');
      expect(r.message).toMatch(/右侧表达式：.*第 \d+ 个字符/);
    }
  });

  it('refuses an unknown field and a taken id', () => {
    const r = checkRuleDraft({ ...base, left: '不存在的字段', right: '1' }, schema, []);
    expect(r.ok ? null : r.side).toBe('left');
    expect(checkRuleDraft({ ...base, left: '1', right: '1' }, schema, [base.id]).ok).toBe(false);
  });

  it('numbers new rules per table without reusing an id', () => {
    expect(nextRuleId([{ id: 'A3.r1' }, { id: 'A3.r2' }], 'A3')).toBe('A3.r3');
  });
});
