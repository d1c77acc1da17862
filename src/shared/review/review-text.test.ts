import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_STATE_LABELS, sliceDisplayState, sliceStateLabel } from './review-text';
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

  it('a never-submitted slice reads 已锁定（未报送） while the year is locked, every other state as it is', () => {
    expect(sliceStateLabel(sliceDisplayState(null, true))).toBe('已锁定（未报送）');
    expect(sliceStateLabel(sliceDisplayState('draft', true))).toBe('已锁定（未报送）');
    expect(sliceStateLabel(sliceDisplayState(null, false))).toBe('填报中');
    expect(sliceStateLabel(sliceDisplayState('draft', false))).toBe('填报中');
    expect(sliceDisplayState('locked', true)).toBe('locked');
    expect(sliceDisplayState('submitted', true)).toBe('submitted');
    expect(
      new Set([...REVIEW_STATES.map((s) => sliceStateLabel(s)), sliceStateLabel('locked-unsubmitted')]).size,
    ).toBe(REVIEW_STATES.length + 1);
  });

  it('no page or message spells a state its own way', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const found = sources(root).filter((f) =>
      /['"`](?:未开始|未收到|已锁定（未报送）)['"`]/.test(
        readFileSync(f, 'utf8').replace(/^export const LOCKED_UNSUBMITTED_LABEL = .*$/m, ''),
      ),
    );
    expect(found).toEqual([]);
  });
});
