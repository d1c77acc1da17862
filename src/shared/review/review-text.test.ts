import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_STATE_LABELS, sliceStateLabel } from './review-text';
import { REVIEW_STATES } from './review-types';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one word per review state', () => {
  it('gives every state its own word and a slice without a submission the draft word', () => {
    expect(new Set(REVIEW_STATES.map((s) => REVIEW_STATE_LABELS[s])).size).toBe(REVIEW_STATES.length);
    expect(sliceStateLabel(null)).toBe(REVIEW_STATE_LABELS.draft);
    expect(sliceStateLabel('received')).toBe('已接收');
  });

  it('no page or message spells a state its own way', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const found = sources(root).filter((f) => /['"`](?:未开始|未收到)['"`]/.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
