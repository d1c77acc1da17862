/** Loads the workspace's whole indicator set (disabled indicators too) and its standards for 指标管理. */
import { useEffect, useState } from 'react';
import type { IndicatorSet } from '../../../shared/indicators';
import type { StandardSet } from '../../../shared/standards';
import { repository } from '../../data/repository-instance';
import type { WorkspaceData } from '../../data/workspace-data-store';

export interface IndicatorListState {
  readonly set: IndicatorSet;
  readonly standards: StandardSet;
}

export function useIndicatorList(data: WorkspaceData | null, reload: number): IndicatorListState | null {
  const [state, setState] = useState<IndicatorListState | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void Promise.all([
      repository().loadIndicatorSet(data.workspace),
      repository().loadStandardSet(data.workspace),
    ]).then(([set, standards]) => {
      if (live) setState({ set, standards });
    });
    return () => {
      live = false;
    };
  }, [data, reload]);
  return state;
}
