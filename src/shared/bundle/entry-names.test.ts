import { describe, expect, it } from 'vitest';
import { isAllowedEntryName, isPayloadEntryName, isTableEntry } from './entry-names';

describe('entry name allowlist', () => {
  it('accepts the manifest, the signature, tables and files', () => {
    for (const ok of [
      'manifest.json',
      'manifest.sig',
      'tables/A10-1.json',
      'files/notice.md',
      'files/JWC-7.zip',
    ]) {
      expect(isAllowedEntryName(ok), ok).toBe(true);
    }
    expect(isTableEntry('tables/A10-1.json')).toBe(true);
    expect(isTableEntry('files/A10-1.json')).toBe(false);
    expect(isPayloadEntryName('manifest.json')).toBe(false);
  });

  it('Z2: refuses traversal, absolute, backslash, NUL, overlong and prototype names', () => {
    const bad = [
      '../manifest.json',
      'tables/../manifest.json',
      'tables/a..json',
      '/abs',
      '/tables/a.json',
      'tables\\a.json',
      'tables/a\\b.json',
      'tables/a\0.json',
      `tables/${'x'.repeat(300)}.json`,
      '__proto__',
      'tables/__proto__.json',
      'files/__proto__',
      'constructor',
      'tables/sub/a.json',
      'tables/.json',
      'tables/a.JSON',
      'files/',
      'Manifest.json',
      'manifest.json ',
      'tables/表.json',
      '',
    ];
    for (const name of bad) expect(isAllowedEntryName(name), JSON.stringify(name)).toBe(false);
  });
});
