/**
 * 生成核心数据分析报告 (office, at the 领导小组签发): the note built from the latest 审定前快照 and packed
 * into .docx in a Worker, then saved where the user chooses.
 */
import { useState } from 'react';
import { App as AntApp, Button, Space, Typography } from 'antd';
import type { PreApprovalSnapshot } from '../../../../shared/year-close/pre-approval';
import type { WorkspaceData } from '../../../data/workspace-data-store';
import { getPlatform } from '../../../platform/platform';
import { T } from '../texts';
import { buildNoteModel, noteChart } from './build-note';
import { packNoteInWorker } from './note-client';

export function AnalysisNoteButton({
  data,
  snapshot,
}: {
  readonly data: WorkspaceData;
  readonly snapshot: PreApprovalSnapshot | null;
}) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (snap: PreApprovalSnapshot) => {
    setBusy(true);
    try {
      const model = await buildNoteModel(data, snap);
      const chart = await noteChart(model.chart);
      const packed = await packNoteInWorker({ model, chart });
      if (!packed.ok) {
        message.error(packed.error.message);
        return;
      }
      const name = `${model.title}.docx`;
      const r = await getPlatform().saveFile({ suggestedName: name, bytes: packed.value });
      if (!r.ok) message.error(r.error.message);
      else if (r.value.kind === 'saved') message.success(T.note.saved(name));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" data-testid="analysis-note">
      <Button
        loading={busy}
        disabled={snapshot === null}
        onClick={() => snapshot !== null && void run(snapshot)}
      >
        {T.note.button}
      </Button>
      <Typography.Text type="secondary">
        {snapshot === null ? T.note.needSnapshot : T.note.hint(snapshot.name)}
      </Typography.Text>
    </Space>
  );
}
