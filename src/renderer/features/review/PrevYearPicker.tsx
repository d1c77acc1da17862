/**
 * 同比对象: which workspace last year's values come from — this station's earlier workspace or an
 * archive of it imported on this PC (备份与恢复 → 导入年度存档). The choice is kept per year on this PC
 * and the checklist recomputes at once.
 */
import { useEffect, useState } from 'react';
import { Select, Space, Typography } from 'antd';
import { STATION_ROLE_LABELS, type Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { choosePrevYear } from '../../rules-runtime/prev-year-choice';
import { T } from './texts';
import { formatLocalTime } from '../../ui/local-time';

interface Props {
  readonly workspace: Workspace;
  /** The workspace the checklist used, or null when there is none. */
  readonly current: Workspace | null;
  /** Called after a new choice is stored, to recompute the checklist. */
  readonly onChange: () => void;
}

const optionLabel = (w: Workspace) =>
  T.prevYearOption(
    w.name,
    `${STATION_ROLE_LABELS[w.station.role]}${w.station.departmentCode ? ` ${w.station.departmentCode}` : ''}`,
    formatLocalTime(w.updatedAt),
  );

export function PrevYearPicker({ workspace, current, onChange }: Props) {
  const [candidates, setCandidates] = useState<Workspace[]>([]);
  useEffect(() => {
    void repository().listPreviousYears(workspace).then(setCandidates);
  }, [workspace]);

  if (current === null)
    return (
      <Typography.Paragraph type="secondary" data-testid="prev-year">
        {T.noPrevYear}
      </Typography.Paragraph>
    );
  return (
    <Space style={{ marginBottom: 12 }} data-testid="prev-year">
      <Typography.Text type="secondary">{T.prevYearLabel}</Typography.Text>
      <Select
        style={{ minWidth: 420 }}
        aria-label={T.prevYearLabel}
        value={current.id}
        options={(candidates.length > 0 ? candidates : [current]).map((w) => ({
          value: w.id,
          label: optionLabel(w),
        }))}
        onChange={(id: string) => {
          choosePrevYear(workspace.id, id);
          onChange();
        }}
      />
    </Space>
  );
}
