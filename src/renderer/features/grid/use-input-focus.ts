/**
 * Keeps the keyboard with the grid's one input element. It takes the focus in the very commit that
 * mounts the grid, before the first frame is on screen: a person (or a scanner, or a test) who starts
 * typing as soon as the table appears must not lose the first characters to whatever had the focus
 * before. Later requests (after glide focused its canvas on a click, or a menu closed) are deferred one
 * task, so they run after glide's own focus handling.
 */
import { useCallback, useLayoutEffect, type RefObject } from 'react';

export function useInputFocus(inputRef: RefObject<HTMLTextAreaElement | null>): () => void {
  useLayoutEffect(() => inputRef.current?.focus({ preventScroll: true }), [inputRef]);
  return useCallback(() => {
    setTimeout(() => inputRef.current?.focus({ preventScroll: true }), 0);
  }, [inputRef]);
}
