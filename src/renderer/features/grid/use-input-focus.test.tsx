// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInputFocus } from './use-input-focus';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The grid's input, and a control that asks for the focus back later (as a closed menu does). */
function Grid() {
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const focusLater = useInputFocus(ref);
  return (
    <>
      <textarea ref={ref} data-testid="grid-input" />
      <button type="button" data-testid="refocus" onClick={focusLater} />
    </>
  );
}

describe('useInputFocus', () => {
  it('holds the focus as soon as the grid is mounted, before any timer runs', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { getByTestId } = render(<Grid />);
    // No timer has run: text typed right after the grid appears lands in its input.
    expect(document.activeElement).toBe(getByTestId('grid-input'));
    before.remove();
  });

  it('takes the focus back one task after a later request (after glide focused its canvas)', () => {
    const { getByTestId } = render(<Grid />);
    const canvas = document.createElement('button');
    document.body.append(canvas);
    canvas.focus();
    fireEvent.click(getByTestId('refocus'));
    expect(document.activeElement).toBe(canvas);
    act(() => vi.runAllTimers());
    expect(document.activeElement).toBe(getByTestId('grid-input'));
    canvas.remove();
  });
});
