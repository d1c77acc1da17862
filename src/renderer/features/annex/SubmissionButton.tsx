/** 生成报送材料: one action that packs the submission set and says whether it is complete. */
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { checkSubmission, type SubmissionCheck } from '../../../shared/annex/submission-set';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import { assembleSubmission } from './submission';
import type { AnnexResolver } from '../../../shared/annex/annex-resolver';
import { T } from './texts';

export function SubmissionButton({ data }: { data: WorkspaceData }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<SubmissionCheck | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const set = await assembleSubmission(data, (source) => {
        const r: AnnexResolver | undefined = source.annexes;
        return r ? r.list().flatMap((d) => r.table(d.id) ?? []) : [];
      });
      setCheck(checkSubmission(set.input));
      const saved = await getPlatform().saveFile({ suggestedName: set.name, bytes: set.zip });
      if (!saved.ok) void message.error(saved.error.message);
      else if (saved.value.kind === 'saved') void message.success(T.exported(set.name));
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
