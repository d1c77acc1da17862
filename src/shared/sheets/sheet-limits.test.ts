import { describe, expect, it } from 'vitest';
import { DEFAULT_SHEET_LIMITS, parseTimeLimitMs } from './sheet-limits';

const MB = 1024 * 1024;

describe('parseTimeLimitMs', () => {
  it('gives a small file the base time, a larger one more per MB, and never more than the cap', () => {
    expect(parseTimeLimitMs(5642, DEFAULT_SHEET_LIMITS)).toBe(10_054);
    expect(parseTimeLimitMs(1.5 * MB, DEFAULT_SHEET_LIMITS)).toBe(25_000);
    expect(parseTimeLimitMs(15 * MB, DEFAULT_SHEET_LIMITS)).toBe(DEFAULT_SHEET_LIMITS.timeoutMs);
  });

  it('keeps a limit injected below the base (tests stop a stuck parser in milliseconds)', () => {
    expect(parseTimeLimitMs(10 * MB, { ...DEFAULT_SHEET_LIMITS, timeoutMs: 50 })).toBe(50);
  });
});
