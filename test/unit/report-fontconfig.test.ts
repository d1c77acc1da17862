/** The fontconfig aliases shipped for Linux desktops list the same substitutes, in the same order, as the exports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_FONTS } from '../../src/shared/report/export/report-fonts';

const conf = readFileSync(new URL('../../docs/fonts/65-report-fonts.conf', import.meta.url), 'utf8');

describe('docs/fonts/65-report-fonts.conf', () => {
  it.each(Object.values(REPORT_FONTS))('aliases $name to its fallbacks in order', (f) => {
    const alias = new RegExp(`<family>${f.name}</family>\\s*<prefer>([\\s\\S]*?)</prefer>`).exec(conf)?.[1];
    const families = [...(alias ?? '').matchAll(/<family>(.*?)<\/family>/g)].map((m) => m[1]);
    expect(families).toEqual(f.fallbacks);
  });
});
