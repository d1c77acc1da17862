/**
 * Which workspace the reviewer picked as last year (同比对象) for the open year, kept on this PC per
 * workspace. Unset (or no longer a candidate) means the best candidate (findPreviousYearWorkspace).
 */
const key = (workspaceId: string) => `sdd.review.prevYear.${workspaceId}`;

export function prevYearChoice(workspaceId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key(workspaceId)) ?? null;
  } catch {
    return null;
  }
}

export function choosePrevYear(workspaceId: string, prevWorkspaceId: string): void {
  try {
    globalThis.localStorage?.setItem(key(workspaceId), prevWorkspaceId);
  } catch {
    // Storage unavailable: the choice lasts until the page reloads the review inputs.
  }
}
