/**
 * 审计日志: the workspace's hash-chained log (every edit, import, decision and lock), filterable, with a
 * verifier that recomputes the chain and names the first broken link (docs/SECURITY.md A1), and the audit
 * heads carried by the bundles this station received (recorded by the bundle feature).
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { AuditChainCheck, AuditEvent } from '../../../shared/audit/audit-chain';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import type { BundleHead } from '../../data/records';
import type { FieldLabel } from './audit-describe';
import { describeSummary, describeTechnical, filterAuditEvents, kindLabel } from './audit-view';
import { T } from './texts';
import { formatLocalSeconds, formatLocalTime } from '../../ui/local-time';
import { DetailsBlock, useDetailRows } from '../../ui/detail-rows';

const bundleKey = (b: BundleHead) => `${b.receivedAt}|${b.bundleHash}`;

export function AuditLogPage() {
  const data = useWorkspaceData((s) => s.data);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [bundles, setBundles] = useState<BundleHead[]>([]);
  const [kind, setKind] = useState<string | undefined>();
  const [actor, setActor] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [check, setCheck] = useState<AuditChainCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const workspaceId = data?.workspace.id;
  const eventDetails = useDetailRows<AuditEvent>(
    (e) => String(e.seq),
    (e) => [
      ...(describeTechnical(e) ? [{ label: T.detail.technical, value: describeTechnical(e) }] : []),
      { label: T.detail.hash, value: e.hash },
      { label: T.detail.prevHash, value: e.prevHash },
    ],
  );
  const bundleDetails = useDetailRows<BundleHead>(bundleKey, (b) => [
    { label: T.detail.bundleHash, value: b.bundleHash },
    ...(b.auditHead ? [{ label: T.detail.senderHead, value: b.auditHead }] : []),
  ]);

  useEffect(() => {
    if (!workspaceId) return;
    void (async () => {
      setEvents(await repository().loadAuditEvents(workspaceId));
      setBundles(await repository().listBundleHeads(workspaceId));
    })();
  }, [workspaceId]);

  const field = useMemo<FieldLabel>(() => {
    const labels = new Map(
      (data?.catalog.tables ?? []).flatMap((t) =>
        t.fields.map((f) => [`${t.code}|${f.key}`, f.label] as const),
      ),
    );
    return (tableCode, key) => labels.get(`${tableCode}|${key}`) ?? key;
  }, [data]);
  const shown = useMemo(
    () =>
      [
        ...filterAuditEvents(events, { ...(kind ? { kind } : {}), ...(actor ? { actor } : {}), text, field }),
      ].reverse(),
    [events, kind, actor, text, field],
  );
  if (!data || !workspaceId) return null;
  const kinds = [...new Set(events.map((e) => e.kind))];
  const actors = [...new Set(events.map((e) => e.actor))];
  const last = events.at(-1);

  const verify = async () => {
    setChecking(true);
    const fresh = await repository().loadAuditEvents(workspaceId);
    setEvents(fresh);
    setCheck(await repository().verifyAuditLog(workspaceId));
    setChecking(false);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={T.title}
        size="small"
        extra={
          <Button type="primary" loading={checking} onClick={verify}>
            {T.verify}
          </Button>
        }
      >
        {last && (
          <Typography.Paragraph type="secondary" data-testid="audit-head">
            {T.head(last.seq)}
          </Typography.Paragraph>
        )}
        {check && (
          <Alert
            style={{ marginBottom: 12 }}
            showIcon
            data-testid="audit-verify"
            type={check.ok ? 'success' : 'error'}
            title={
              check.ok
                ? T.chainOk(check.count)
                : T.chainBroken(events[check.firstBadIndex]?.seq ?? check.firstBadIndex + 1)
            }
            description={
              <>
                {!check.ok && check.message}
                {check.ok && <DetailsBlock items={[{ label: T.detail.chainHead, value: check.head }]} />}
              </>
            }
          />
        )}
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            allowClear
            placeholder={T.filterKind}
            style={{ width: 180 }}
            value={kind}
            onChange={setKind}
            options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
            aria-label={T.filterKind}
          />
          <Select
            allowClear
            placeholder={T.filterActor}
            style={{ width: 150 }}
            value={actor}
            onChange={setActor}
            options={actors.map((a) => ({ value: a, label: a }))}
            aria-label={T.filterActor}
          />
          <Input.Search
            allowClear
            placeholder={T.search}
            style={{ width: 260 }}
            onChange={(e) => setText(e.target.value)}
            aria-label={T.search}
          />
        </Space>
        <Table<AuditEvent>
          rowKey={(e) => String(e.seq)}
          size="small"
          data-testid="audit-table"
          expandable={eventDetails.expandable}
          dataSource={shown}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          rowClassName={(e) =>
            check && !check.ok && e.seq === events[check.firstBadIndex]?.seq ? 'audit-broken' : ''
          }
          onRow={(e) => ({
            style:
              check && !check.ok && e.seq === events[check.firstBadIndex]?.seq
                ? { background: '#fff1f0' }
                : {},
          })}
          columns={[
            { title: T.cols.seq, dataIndex: 'seq', width: 70 },
            { title: T.cols.at, width: 170, render: (_, e) => formatLocalSeconds(e.at) },
            { title: T.cols.actor, dataIndex: 'actor', width: 100 },
            { title: T.cols.kind, width: 140, render: (_, e) => kindLabel(e.kind) },
            {
              title: T.cols.summary,
              render: (_, e) => (
                <Typography.Text style={{ fontSize: 12 }}>{describeSummary(e, field)}</Typography.Text>
              ),
            },
            eventDetails.column,
          ]}
        />
      </Card>
      <Card title={T.bundles} size="small">
        {bundles.length === 0 ? (
          <Typography.Text type="secondary">{T.noBundles}</Typography.Text>
        ) : (
          <Table<BundleHead>
            rowKey={bundleKey}
            size="small"
            dataSource={bundles}
            pagination={false}
            expandable={bundleDetails.expandable}
            columns={[
              {
                title: T.bundleCols.receivedAt,
                width: 170,
                render: (_, b) => formatLocalTime(b.receivedAt),
              },
              { title: T.bundleCols.kind, dataIndex: 'kind', width: 200 },
              { title: T.bundleCols.sender, dataIndex: 'sender' },
              bundleDetails.column,
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
