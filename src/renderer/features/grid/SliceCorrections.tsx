/**
 * 校级更正 on a slice (docs/ARCHITECTURE.md "Review"): every station lists the corrections written into
 * its copy of the slice; at the office a 督导员 or 领导小组 member can correct one cell of a slice it holds
 * frozen (received or approved, not in a locked year) without returning it.
 */
import { Alert, Button, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { describeCorrection, type StoredCorrection } from '../../../shared/review/slice-correction';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { CorrectionDialog } from './CorrectionDialog';
import type { GridStore } from './grid-store';
import { C } from './texts';

export function SliceCorrections({ store }: { store: GridStore }) {
  const { slice, table, repo } = store.deps;
  const frozen = useStore(store.api, (s) => s.frozen);
  const user = useSession((s) => s.user);
  const stationRole = useWorkspaceData((s) => s.data?.workspace.station.role);
  const [list, setList] = useState<readonly StoredCorrection[]>([]);
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void repo
      .listCorrections(slice.workspaceId)
      .then((all) =>
        setList(
          all.filter((c) => c.tableCode === slice.tableCode && c.departmentCode === slice.departmentCode),
        ),
      );
  }, [repo, slice, tick]);
  const canCorrect =
    stationRole === 'office' &&
    (user?.role === 'supervisor' || user?.role === 'leader') &&
    frozen !== null &&
    // A copy read-only only as a copy is the department's again (returned, or not yet sent): no 校级更正.
    frozen.code !== 'year-locked' &&
    frozen.code !== 'slice-copy';
  const label = (key: string) => table.fields.find((f) => f.key === key)?.label ?? key;

  return (
    <>
      {canCorrect && (
        <Space style={{ marginBottom: 8 }}>
          <Button onClick={() => setOpen(true)} data-testid="correct-open">
            {C.open}
          </Button>
          <Typography.Text type="secondary">{C.hint}</Typography.Text>
        </Space>
      )}
      {list.length > 0 && (
        <Alert
          type="warning"
          style={{ marginBottom: 8 }}
          title={C.listTitle(list.length)}
          data-testid="slice-corrections"
          description={
            <>
              <Typography.Text type="secondary">{C.listHint}</Typography.Text>
              <List
                size="small"
                dataSource={[...list]}
                renderItem={(c) => (
                  <List.Item>{describeCorrection({ ...c, by: c.actor.name }, label(c.field))}</List.Item>
                )}
              />
            </>
          }
        />
      )}
      {open && user && (
        <CorrectionDialog
          store={store}
          user={user}
          onClose={async (done) => {
            setOpen(false);
            if (done) {
              setTick((n) => n + 1);
              await store.load();
            }
          }}
        />
      )}
    </>
  );
}
