/**
 * Moves the keyboard focus out of a widget that keeps it (the entry grid), to the control the browser's
 * Tab or Shift+Tab would reach next if the widget were one stop: the first tabbable element after it, or
 * the last one before it. A widget that traps Tab must still let a keyboard user leave.
 */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export type FocusDirection = 'forward' | 'back';

/** Focuses the nearest tabbable element outside `container` in `direction`; false when there is none. */
export function focusOutside(container: HTMLElement, direction: FocusDirection): boolean {
  const outside = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !container.contains(el) && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
  const after = outside.filter(
    (el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const before = outside.filter(
    (el) => container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  // Nothing after the widget (it ends the page): leave backwards rather than stay trapped.
  const target = direction === 'forward' ? (after[0] ?? before.at(-1)) : (before.at(-1) ?? after[0]);
  target?.focus();
  return target !== undefined;
}
