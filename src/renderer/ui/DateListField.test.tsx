// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateListField } from './DateListField';

afterEach(cleanup);

describe('DateListField', () => {
  it('names its date field and one remove button per date, each reachable from the keyboard', () => {
    const onChange = vi.fn();
    render(
      <DateListField
        dates={['20261101', '20270301']}
        onChange={onChange}
        label="A10-1 更新点"
        removeLabel={(d) => `删除更新点 ${d}`}
      />,
    );
    const field = screen.getByLabelText('A10-1 更新点');
    expect(field.tagName).toBe('INPUT');
    expect(field.getAttribute('type')).not.toBe('hidden');
    const remove = screen.getByRole('button', { name: '删除更新点 2026-11-01' });
    expect(remove.tabIndex).toBe(0);
    fireEvent.click(remove);
    expect(onChange).toHaveBeenCalledWith(['20270301']);
    expect(screen.getByRole('button', { name: '删除更新点 2027-03-01' })).toBeTruthy();
  });
});
