/** The office's workflow data for the open year: the steps, every chapter assignment and the report. */
import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../../shared/report/report-types';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import { newWorkflow } from '../../../shared/report-workflow/workflow-rules';
import type { ReportWorkflow } from '../../../shared/report-workflow/workflow-types';
import { repository } from '../../data/repository-instance';

export interface WorkflowData {
  /** The stored workflow, or a fresh one (stored with its first change). */
  readonly workflow: ReportWorkflow;
  readonly work: readonly ChapterWork[];
  readonly report: Report | null;
}

async function fetchWorkflow(workspaceId: string, year: number): Promise<WorkflowData> {
  const repo = repository();
  const [wf, work, reports] = await Promise.all([
    repo.loadWorkflow(workspaceId, year),
    repo.listChapterWork(workspaceId),
    repo.listReports(workspaceId),
  ]);
  return {
    workflow: wf ?? newWorkflow(workspaceId, year, '', ''),
    work: work.filter((w) => w.assignment.year === year),
    report: reports.find((r) => r.year === year) ?? null,
  };
}

export function useWorkflowData(workspaceId: string | undefined, year: number) {
  const [data, setData] = useState<WorkflowData | null>(null);
  const reload = useCallback(async () => {
    if (workspaceId !== undefined) setData(await fetchWorkflow(workspaceId, year));
  }, [workspaceId, year]);
  useEffect(() => {
    if (workspaceId === undefined) return;
    let live = true;
    void fetchWorkflow(workspaceId, year).then((d) => {
      if (live) setData(d);
    });
    return () => {
      live = false;
    };
  }, [workspaceId, year]);
  return { data, reload };
}
