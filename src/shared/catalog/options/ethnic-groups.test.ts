import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS, ethnicGroupCode } from './ethnic-groups';

describe('ETHNIC_GROUPS', () => {
  it('lists the 56 民族 once each, 汉族 first and 基诺族 last as in GB 3304', () => {
    expect(ETHNIC_GROUPS.options).toHaveLength(56);
    expect(new Set(ETHNIC_GROUPS.options).size).toBe(56);
    expect(ETHNIC_GROUPS.options[0]).toBe('汉族');
    expect(ETHNIC_GROUPS.options[55]).toBe('基诺族');
  });

  it('derives the GB 3304 code from the position', () => {
    expect(ethnicGroupCode('汉族')).toBe('01');
    expect(ethnicGroupCode('壮族')).toBe('08');
    expect(ethnicGroupCode('土家族')).toBe('15');
    expect(ethnicGroupCode('基诺族')).toBe('56');
    expect(ethnicGroupCode('火星族')).toBeUndefined();
  });
});
