import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatLocalDate, formatLocalSeconds, formatLocalTime } from './display-format';

describe('display format', () => {
  // The clerks' zone, whatever the machine running the tests uses (Node reads TZ on each Date call).
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('shows a stored UTC time in the local zone, not cut from the UTC text', () => {
    expect(formatLocalTime('2025-09-01T23:30:00.000Z')).toBe('2025-09-02 07:30');
    expect(formatLocalDate('2025-09-01T23:30:00.000Z')).toBe('2025-09-02');
    expect(formatLocalSeconds('2025-09-01T23:30:05.000Z')).toBe('2025-09-02 07:30:05');
  });

  it('groups counts the zh-CN way', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatCount(12)).toBe('12');
  });

  it('leaves a value that is not a time as it is', () => {
    expect(formatLocalTime('—')).toBe('—');
    expect(formatLocalDate('')).toBe('');
  });
});
