/**
 * 上报数据包: the national platform's files, read from the locked snapshot only. The page names the
 * lock it read (time, actor, 锁定清单 hash), lists the values the layout cannot hold before anything
 * is exported, and builds each file in the export Worker with a progress bar.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Progress,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { departmentNamer } from '../../../shared/departments/department-names';
import { missingText } from '../../../shared/national-export/locked-year';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import { openExportSession, type ExportSession, type Prepared } from './export-session';
import { loadPackageSource, type SourceLoad } from './package-source';
import { ProblemTable } from './ProblemTable';
import { T } from './texts';
import type { PackageFileKind } from './workers/export-protocol';
import { formatLocalSeconds } from '../../ui/local-time';

const stamp = formatLocalSeconds;

export function NationalExportPage() {
  const data = useWorkspaceData((s) => s.data);
  const { message } = AntApp.useApp();
  const session = useRef<ExportSession | null>(null);
  const [load, setLoad] = useState<SourceLoad | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [busy, setBusy] = useState<PackageFileKind | null>(null);
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    if (!data) return;
    let live = true;
    const s = openExportSession();
    session.current = s;
    void (async () => {
      const l = await loadPackageSource(data);
      if (!live) return;
      setLoad(l);
      if (l.ready) {
        const p = await s.prepare(l.source);
        if (live) setPrepared(p);
      }
    })().catch((e: unknown) => message.error(T.failed(e instanceof Error ? e.message : String(e))));
    return () => {
      live = false;
      s.close();
    };
  }, [data, message]);

  if (!data) return null;
  if (data.workspace.station.role !== 'office') return <Alert type="info" showIcon title={T.officeOnly} />;

  const build = async (what: PackageFileKind) => {
    if (!session.current) return;
    setBusy(what);
    setProgress(0);
    try {
      const f = await session.current.build(what, (done, total) =>
        setProgress(total ? Math.round((done / total) * 100) : 100),
      );
      setProgress(100);
      const r = await getPlatform().saveFile({ suggestedName: f.name, bytes: f.bytes });
      if (!r.ok) message.error(T.failed(r.error.message));
      else if (r.value.kind === 'saved') message.success(T.saved(f.name));
    } catch (e) {
      message.error(T.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  };

  const rows = prepared?.manifest.entries.reduce((n, e) => n + e.rows, 0) ?? 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="national-export">
      <Typography.Title level={4}>{T.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
      {load === null || (load.ready && prepared === null) ? (
        <Spin tip={T.loading}>
          <div style={{ height: 80 }} />
        </Spin>
      ) : !load.ready ? (
        <Alert
          type="error"
          showIcon
          title={T.notReady}
          data-testid="export-refused"
          description={
            <>
              <Typography.Paragraph>{load.message}</Typography.Paragraph>
              <Table
                size="small"
                rowKey={(m) => `${m.tableCode}|${m.departmentCode}`}
                pagination={{ pageSize: 10 }}
                dataSource={load.missing}
                columns={[
                  {
                    title: T.missingColumns.table,
                    render: (_, m) => missingText(m, departmentNamer(data.departments)),
                  },
                ]}
              />
            </>
          }
        />
      ) : (
        prepared && (
          <>
            <Card size="small" title={T.lockTitle} data-testid="export-lock">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={T.lockAt}>{stamp(prepared.manifest.at)}</Descriptions.Item>
                <Descriptions.Item label={T.lockBy}>{prepared.manifest.by}</Descriptions.Item>
                <Descriptions.Item label={T.lockHash}>
                  <Typography.Text code copyable data-testid="lock-hash">
                    {prepared.manifest.hash}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={T.tables}>
                  {T.tablesRows(data.catalog.tables.length, rows)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {prepared.mismatch === null ? (
              <Alert type="warning" showIcon title={T.noRecord} />
            ) : prepared.mismatch.length > 0 ? (
              <Alert
                type="error"
                showIcon
                data-testid="export-mismatch"
                title={T.mismatch(prepared.mismatch.length)}
                description={prepared.mismatch.slice(0, 30).join('、')}
              />
            ) : (
              <Alert type="success" showIcon title={T.recordAgrees} data-testid="export-record" />
            )}
            <ProblemTable check={prepared.check} />
            <Card size="small">
              <Space wrap>
                {(
                  [
                    ['workbook', T.exportWorkbook],
                    ['zip', T.exportZip],
                    ['checklist', T.exportChecklist],
                    ['checklist-html', T.exportChecklistHtml],
                  ] as const
                ).map(([what, label]) => (
                  <Button
                    key={what}
                    type={what === 'workbook' ? 'primary' : 'default'}
                    loading={busy === what}
                    disabled={
                      (busy !== null && busy !== what) ||
                      prepared.check.blocking > 0 ||
                      (prepared.mismatch?.length ?? 0) > 0
                    }
                    onClick={() => void build(what)}
                  >
                    {label}
                  </Button>
                ))}
              </Space>
              {busy !== null && (
                <Progress
                  percent={progress}
                  status="active"
                  data-testid="export-progress"
                  aria-label={
                    {
                      workbook: T.exportWorkbook,
                      zip: T.exportZip,
                      checklist: T.exportChecklist,
                      'checklist-html': T.exportChecklistHtml,
                    }[busy]
                  }
                />
              )}
            </Card>
          </>
        )
      )}
    </Space>
  );
}
