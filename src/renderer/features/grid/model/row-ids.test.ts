import { describe, expect, it } from 'vitest';
import { newRowId } from './row-ids';

describe('newRowId', () => {
  it('gives distinct version 4 UUIDs across pool refills', () => {
    const ids = Array.from({ length: 1000 }, newRowId);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
