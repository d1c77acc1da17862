import { describe, expect, it } from 'vitest';
import { OPTION_LISTS, optionListPresets } from './option-lists';

describe('OPTION_LISTS', () => {
  it('registers each list under its own id', () => {
    for (const [id, list] of Object.entries(OPTION_LISTS)) expect(list.id).toBe(id);
  });

  it('has no list with empty or repeated options', () => {
    for (const list of optionListPresets()) {
      expect(list.options.length, list.id).toBeGreaterThan(1);
      expect(new Set(list.options).size, list.id).toBe(list.options.length);
      for (const o of list.options) expect(o.trim(), list.id).toBe(o);
    }
  });

  it('fills the well-known lists with their standard values', () => {
    expect(OPTION_LISTS.gender.options).toEqual(['男', '女']);
    expect(OPTION_LISTS['yes-no'].options).toEqual(['是', '否']);
    expect(OPTION_LISTS['political-status'].options).toHaveLength(13);
    expect(OPTION_LISTS.provinces.options).toContain('广东省');
    expect(OPTION_LISTS.provinces.options).toHaveLength(31);
  });
});
