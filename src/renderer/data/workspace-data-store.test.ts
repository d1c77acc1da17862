import { afterEach, describe, expect, it } from 'vitest';
import { setRepository } from './repository-instance';
import { useWorkspaceData, type WorkspaceData } from './workspace-data-store';
import type { SliceSummary } from './repository';

function openYear(id: string): WorkspaceData {
  return { workspace: { id }, departments: [], catalog: { tables: [] }, tasks: [], slices: [] } as never;
}

/** A repository whose listSlices answers only when the test releases it, and says which year it read. */
function slowSlices() {
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const repo = {
    listSlices: async (workspaceId: string): Promise<SliceSummary[]> => {
      asked.push(workspaceId);
      await gate;
      return [{ workspaceId, tableCode: 'A1', departmentCode: 'XGC', rowCount: 1 } as never];
    },
  };
  setRepository(repo as never);
  return { asked, release };
}

afterEach(() => useWorkspaceData.setState({ data: null }));

describe('refreshSlices', () => {
  it('does nothing once the year is closed (a grid flushing as it unmounts)', async () => {
    const { asked } = slowSlices();
    await expect(useWorkspaceData.getState().refreshSlices()).resolves.toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('never patches a year that was closed or replaced while its slices were read', async () => {
    const { asked, release } = slowSlices();
    useWorkspaceData.setState({ data: openYear('y1') });
    const pending = useWorkspaceData.getState().refreshSlices();
    useWorkspaceData.setState({ data: openYear('y2') });
    release();
    await pending;
    expect(asked).toEqual(['y1']);
    expect(useWorkspaceData.getState().data?.slices).toEqual([]);
  });

  it('patches the open year with what it read', async () => {
    const { release } = slowSlices();
    useWorkspaceData.setState({ data: openYear('y1') });
    release();
    await useWorkspaceData.getState().refreshSlices();
    expect(useWorkspaceData.getState().data?.slices.map((s) => s.tableCode)).toEqual(['A1']);
  });
});
