/**
 * Unsaved edits are not dropped silently: a page with a draft registers a guard while it has one, and
 * leaving the page (menu, closing the year, reloading the window) asks first.
 */
import { useEffect } from 'react';
import { create } from 'zustand';

interface LeaveGuardState {
  /** What the confirmation says, or null when nothing would be lost. */
  readonly message: string | null;
}

export const useLeaveGuardStore = create<LeaveGuardState>(() => ({ message: null }));

/** Registers `message` as the reason to confirm leaving while `dirty` is true. */
export function useLeaveGuard(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    useLeaveGuardStore.setState({ message });
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      useLeaveGuardStore.setState({ message: null });
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, message]);
}
