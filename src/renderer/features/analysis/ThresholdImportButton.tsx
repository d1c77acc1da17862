/**
 * 导入对标值文件 (office): a CSV of thresholds (指标, 学校类别, 级别, 数值, 来源, 已核实, 备注) merged into
 * the standards as their next version. The file is read and validated whole (threshold-file.ts); a bad
 * line refuses it all with the line named, and nothing is saved.
 */
import { useState } from 'react';
import { App as AntApp, Button, Tooltip } from 'antd';
import { mergeThresholdFile, THRESHOLD_HEADER, type StandardSet } from '../../../shared/standards';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { getPlatform } from '../../platform/platform';
import { T } from './texts';

interface Props {
  readonly workspace: Workspace;
  readonly standards: StandardSet;
  readonly user: { readonly name: string; readonly role: string };
  onSaved(): void;
}

export function ThresholdImportButton({ workspace, standards, user, onSaved }: Props) {
  const { message, modal } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    const r = await getPlatform().openFile({ filters: [{ name: T.thresholds.filter, extensions: ['csv'] }] });
    if (!r.ok) {
      modal.error({ title: T.thresholds.refused, content: r.error.message });
      return;
    }
    if (r.value.kind !== 'opened') return;
    setBusy(true);
    const indicators = (await repository().loadIndicatorSet(workspace)).indicators;
    const merged = mergeThresholdFile(r.value.file.bytes, standards, indicators, new Date().toISOString());
    const saved = merged.ok ? await repository().saveStandardSet(workspace.id, merged.value, user) : merged;
    setBusy(false);
    if (!saved.ok) {
      modal.error({ title: T.thresholds.refused, content: saved.error.message });
      return;
    }
    void message.success(T.thresholds.saved(r.value.file.name));
    onSaved();
  };
  return (
    <Tooltip title={T.thresholds.hint(THRESHOLD_HEADER.join('，'))}>
      <Button loading={busy} onClick={() => void pick()}>
        {T.thresholds.import}
      </Button>
    </Tooltip>
  );
}
