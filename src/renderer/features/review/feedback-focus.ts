/**
 * A return's lead ("去导出反馈包") asks the feedback panel to scroll itself into view: it sits below the
 * 完成情况 table, out of sight when the page opens, and a newcomer would not know to scroll for it.
 */
import { create } from 'zustand';

interface FeedbackFocus {
  readonly requested: boolean;
  request(): void;
  done(): void;
}

export const useFeedbackFocus = create<FeedbackFocus>((set) => ({
  requested: false,
  request: () => set({ requested: true }),
  done: () => set({ requested: false }),
}));
