/**
 * A dialog's first field takes the focus once the dialog is shown. `autoFocus` alone runs while antd's
 * Modal is still settling its own focus; with animations off (the system's reduced-motion setting) the
 * Modal then keeps the focus on itself and the user would have to click into the field.
 */
import { useCallback, useRef, type RefObject } from 'react';

export function useFocusOnOpen<T extends { focus(): void }>(): [
  RefObject<T | null>,
  (open: boolean) => void,
] {
  const ref = useRef<T>(null);
  const afterOpenChange = useCallback((open: boolean) => {
    if (open) ref.current?.focus();
  }, []);
  return [ref, afterOpenChange];
}
