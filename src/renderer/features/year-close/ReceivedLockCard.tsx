/**
 * 督导室已锁定 …: the office's signed 锁定清单 as this department or summary department received it in a
 * feedback bundle — when and by whom, its hash, the check against the pinned office key, and for each
 * slice this station holds the locked row count and hash beside whether the station's copy matches.
 */
import { useEffect, useState } from 'react';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { LockedSliceHere } from '../../../shared/year-close/received-lock-list';
import { compareTableCodes } from '../../../shared/catalog/table-code-order';
import { academicYearLabel } from '../../../shared/workspace/collection-period';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { formatLocalSeconds } from '../../ui/local-time';
import { LockCorrectionsList } from './LockCorrectionsList';
import { ManifestDescriptions } from './ManifestDescriptions';
import { loadReceivedLockList, type ReceivedLockView } from './received-lock-data';
import { L } from './texts';

export function ReceivedLockCard({ reloadKey }: { readonly reloadKey?: unknown }) {
  const data = useWorkspaceData((s) => s.data);
  const [view, setView] = useState<ReceivedLockView | null>(null);
  const ws = data?.workspace ?? null;
  useEffect(() => {
    if (ws === null || ws.station.role === 'office') return;
    let live = true;
    void loadReceivedLockList(repository(), ws).then((v) => live && setView(v));
    return () => {
      live = false;
    };
  }, [ws, reloadKey]);
  if (data === null || view === null) return null;
  const { list, verified, slices } = view;
  const held = new Set(slices.map((e) => `${e.tableCode}|${e.departmentCode}`));
  const corrections = (list.corrections ?? []).filter((c) => held.has(`${c.tableCode}|${c.departmentCode}`));
  const others = (list.corrections?.length ?? 0) - corrections.length;
  const differ = slices.filter((e) => e.copy !== 'same').length;
  const tableName = (code: string) => data.catalog.tables.find((t) => t.code === code)?.name ?? '';
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  return (
    <Card size="small" title={L.title(academicYearLabel(list.academicYearStart))} data-testid="received-lock">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{L.intro}</Typography.Text>
        <ManifestDescriptions
          // An extract shows the whole list's hash (what the office shows); its own hash is listed below.
          manifest={{ ...list.manifest, hash: list.extract?.of ?? list.manifest.hash }}
          hashTestId="received-lock-hash"
          more={[
            ...(list.extract === undefined
              ? []
              : [
                  {
                    key: 'extract',
                    label: L.extractLabel,
                    span: 2,
                    children: (
                      <Typography.Text data-testid="received-lock-extract">
                        {L.extract(deptName(list.extract.for), list.manifest.hash)}
                      </Typography.Text>
                    ),
                  },
                ]),
            {
              key: 'verify',
              label: L.verifyLabel,
              span: 2,
              children: (
                <Typography.Text type={verified.ok ? 'success' : 'danger'} data-testid="received-lock-verify">
                  {verified.ok ? L.verifyOk(list.signer.fingerprint) : L.verifyFailed(verified.error.message)}
                </Typography.Text>
              ),
            },
            { key: 'received', label: L.received, children: formatLocalSeconds(view.receivedAt) },
          ]}
        />
        <Alert
          type={differ === 0 ? 'success' : 'error'}
          showIcon
          title={differ === 0 ? L.copiesSame(slices.length) : L.copiesDiffer(differ, slices.length)}
          data-testid="received-lock-copies"
        />
        <Typography.Text data-testid="received-lock-effect">
          {view.reopened === null
            ? L.frozenHere
            : L.reopenedHere(formatLocalSeconds(view.reopened.at), view.reopened.by)}
        </Typography.Text>
        {view.unlocked > 0 && <Alert type="warning" showIcon title={L.unlocked(view.unlocked)} />}
        <Table<LockedSliceHere>
          size="small"
          rowKey={(e) => `${e.tableCode}|${e.departmentCode}`}
          dataSource={[...slices].sort(
            (a, b) =>
              compareTableCodes(a.tableCode, b.tableCode) || a.departmentCode.localeCompare(b.departmentCode),
          )}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="received-lock-slices"
          columns={[
            {
              title: L.columns.table,
              render: (_, e) => `${e.tableCode} ${tableName(e.tableCode)}（${deptName(e.departmentCode)}）`,
            },
            { title: L.columns.rows, dataIndex: 'rows', width: 84 },
            {
              title: L.columns.hash,
              width: 150,
              render: (_, e) => (
                <Typography.Text code copyable={{ text: e.hash }}>
                  {e.hash.slice(0, 12)}…
                </Typography.Text>
              ),
            },
            { title: L.columns.copy, width: 150, render: (_, e) => <CopyTag slice={e} /> },
          ]}
        />
        {corrections.length > 0 && <LockCorrectionsList corrections={corrections} />}
        {others > 0 && <Typography.Text type="secondary">{L.otherCorrections(others)}</Typography.Text>}
      </Space>
    </Card>
  );
}

function CopyTag({ slice }: { readonly slice: LockedSliceHere }) {
  if (slice.copy === 'same') return <Tag color="green">{L.copy.same}</Tag>;
  return <Tag color="red">{L.copy.changed(slice.held.rows)}</Tag>;
}
