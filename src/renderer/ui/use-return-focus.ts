/**
 * Gives the focus back to the control that opened a dialog. antd's Modal does this only when it stays
 * mounted and closes itself; a dialog that is unmounted on close (rendered only while open) would drop
 * the focus to the page body, and a keyboard user would start again from the top of the page.
 */
import { useMemo, useRef } from 'react';

export interface ReturnFocus {
  /** Call when opening: remembers the focused control. */
  remember(): void;
  /** Call when closing: focuses the remembered control again once the dialog is gone. */
  restore(): void;
}

export function useReturnFocus(): ReturnFocus {
  const opener = useRef<HTMLElement | null>(null);
  return useMemo(
    () => ({
      remember() {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      },
      restore() {
        const el = opener.current;
        opener.current = null;
        if (el) requestAnimationFrame(() => el.isConnected && el.focus());
      },
    }),
    [],
  );
}
