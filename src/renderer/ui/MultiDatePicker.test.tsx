// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MultiDatePicker } from './MultiDatePicker';

afterEach(cleanup);

describe('MultiDatePicker', () => {
  it('names its one input (antd leaves it unnamed in multiple mode), also after the label changes', () => {
    const props = { value: [dayjs('2026-11-01')], onChange: () => undefined };
    const { container, rerender } = render(<MultiDatePicker aria-label="A10-1 更新点" {...props} />);
    const inputs = container.querySelectorAll('input');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.getAttribute('aria-label')).toBe('A10-1 更新点');
    rerender(<MultiDatePicker aria-label="A10-2 更新点" {...props} />);
    expect(container.querySelector('input')?.getAttribute('aria-label')).toBe('A10-2 更新点');
  });
});
