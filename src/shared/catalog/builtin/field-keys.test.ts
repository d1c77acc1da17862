import { describe, expect, it } from 'vitest';
import { FIELD_KEY_PATTERN } from '../catalog-types';
import { normalizeFieldKey, uniqueFieldKey } from './field-keys';

describe('normalizeFieldKey', () => {
  it('turns the draft camelCase keys into snake_case', () => {
    expect(normalizeFieldKey('staffId')).toBe('staff_id');
    expect(normalizeFieldKey('sfStuType')).toBe('sf_stu_type');
    expect(normalizeFieldKey('springAutumnFlag')).toBe('spring_autumn_flag');
  });

  it('keeps keys that are already valid', () => {
    expect(normalizeFieldKey('practice_posts')).toBe('practice_posts');
    expect(normalizeFieldKey('no')).toBe('no');
  });

  it('always yields a key matching FIELD_KEY_PATTERN', () => {
    for (const raw of ['2nd', '学号', '__x__', 'A-B c', 'x'.repeat(80)]) {
      expect(normalizeFieldKey(raw)).toMatch(FIELD_KEY_PATTERN);
    }
    expect(normalizeFieldKey('2nd')).toBe('f_2nd');
  });
});

describe('uniqueFieldKey', () => {
  it('appends _2, _3 … until the key is unused', () => {
    expect(uniqueFieldKey('name', new Set())).toBe('name');
    expect(uniqueFieldKey('name', new Set(['name']))).toBe('name_2');
    expect(uniqueFieldKey('name', new Set(['name', 'name_2']))).toBe('name_3');
  });

  it('stays within 64 characters', () => {
    const long = 'k'.repeat(64);
    const key = uniqueFieldKey(long, new Set([long]));
    expect(key).toMatch(FIELD_KEY_PATTERN);
    expect(key.endsWith('_2')).toBe(true);
  });
});
