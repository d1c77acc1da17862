import { describe, expect, it } from 'vitest';
import { safeNote } from './template-notes';

describe('safeNote (docs/SECURITY.md S6)', () => {
  it('refuses a note built from parsed JSON carrying __proto__, and any non-string', () => {
    const hostile: unknown = JSON.parse('{"__proto__":{"polluted":true},"texts":[{"text":"x"}]}');
    expect(safeNote(hostile)).toBeNull();
    expect(safeNote(42)).toBeNull();
    expect(safeNote(null)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes plain text through, trimmed and capped', () => {
    expect(safeNote('  学号：学籍系统中的学号  ')).toBe('学号：学籍系统中的学号');
    expect(safeNote('x'.repeat(5000))?.length).toBe(2000);
  });
});
