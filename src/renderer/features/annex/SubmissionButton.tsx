/** 生成报送材料: one action that packs the submission set and says whether it is complete. */
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { checkSubmission, type SubmissionCheck } from '../../../shared/annex/submission-set';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { getPlatform } from '../../platform/platform';
import { assembleSubmission } from './submission';
import type { AnnexResolver } from '../../../shared/annex/annex-resolver';
import { T } from './texts';

export function SubmissionButton({ data }: { data: WorkspaceData }) {
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<SubmissionCheck | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const set = await assembleSubmission(data, (source) => {
        const r: AnnexResolver | undefined = source.annexes;
        return r ? r.list().flatMap((d) => r.table(d.id) ?? []) : [];
      });
      const checked = checkSubmission(set.input);
      setCheck(checked);
      const saved = await getPlatform().saveFile({ suggestedName: set.name, bytes: set.zip });
      if (!saved.ok) return void message.error(saved.error.message);
      if (saved.value.kind !== 'saved') return;
      // Recorded on the 报告编制流程 board's 报送 step: what the set held and what it still lacked.
      const marked = await repository().changeReportWorkflow(
        data.workspace.id,
        set.year,
        { op: 'package', files: [...set.files], missing: [...checked.problems] },
        { name: user?.name ?? '', role: user?.role ?? '' },
      );
      if (!marked.ok) void message.error(T.notMarked(marked.error.message));
      else void message.success(T.exported(set.name));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button loading={busy} onClick={() => void run()} data-testid="submission-assemble">
        {T.submission}
      </Button>
      {check && (
        <Alert
          style={{ marginTop: 8, width: '100%' }}
          type={check.complete ? 'success' : 'warning'}
          showIcon
          title={check.complete ? T.submissionComplete : T.submissionIncomplete}
          description={check.complete ? undefined : check.problems.join('；')}
          data-testid="submission-check"
        />
      )}
    </>
  );
}
