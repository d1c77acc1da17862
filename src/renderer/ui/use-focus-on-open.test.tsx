// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnOpen } from './use-focus-on-open';

afterEach(cleanup);

describe('useFocusOnOpen', () => {
  it('focuses the field when the dialog has opened, and leaves the focus alone when it closes', () => {
    const field = document.createElement('input');
    const other = document.createElement('button');
    document.body.append(field, other);
    const { result } = renderHook(() => useFocusOnOpen<HTMLInputElement>());
    result.current[0].current = field;
    other.focus();
    result.current[1](true);
    expect(document.activeElement).toBe(field);
    other.focus();
    result.current[1](false);
    expect(document.activeElement).toBe(other);
    field.remove();
    other.remove();
  });
});
