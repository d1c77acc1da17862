/** 本年度企业年报: the rotation (how many reports per college) and the year's assigned reports. */
import { App, Button, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { EnterpriseReportLink } from '../../../shared/enterprise/enterprise-types';
import { newUuid } from '../../../shared/ids';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { AssignmentSend } from './AssignmentSend';
import { linkColumns } from './link-columns';
import { useEnterpriseStore } from './enterprise-store';
import { T } from './texts';

export function ReportsPanel(props: {
  data: WorkspaceData;
  year: number;
  colleges: readonly { code: string; name: string }[];
  canAssign: boolean;
  actor: { name: string; role: string };
  onOpen: (reportId: string) => void;
}) {
  const { message } = App.useApp();
  const { links, roster, reports } = useEnterpriseStore();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const mine = links.filter(
    (l) => l.year === props.year && props.colleges.some((c) => c.code === l.collegeCode),
  );
  const assign = async () => {
    const req = Object.entries(counts).filter(([, n]) => n > 0);
    const total = req.reduce((s, [, n]) => s + n, 0);
    const r = await useEnterpriseStore
      .getState()
      .assign(
        { year: props.year, counts: req, reportIds: Array.from({ length: total }, () => newUuid()) },
        props.actor,
      );
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.assigned);
  };
  const deptName = (code: string) => props.data.departments.find((d) => d.code === code)?.name ?? code;
  const collegeName = (code: string) => props.colleges.find((c) => c.code === code)?.name ?? deptName(code);
  // The summary departments of the year's tasks may relay a college's report (docs/annexes.md).
  const summaries = [...new Set(props.data.tasks.flatMap((t) => t.summaryDepartment ?? []))].sort();
  const setRoute = async (reportId: string, via: string | null) => {
    const r = await useEnterpriseStore.getState().route(reportId, via, props.actor);
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.routeChanged);
  };
  // Assignments go to each college, and to each summary department named on a route.
  const recipients = [
    ...props.colleges.filter((c) => mine.some((l) => l.collegeCode === c.code)),
    ...[...new Set(mine.flatMap((l) => l.via ?? []))].map((code) => ({ code, name: deptName(code) })),
  ];
  return (
    <>
      {props.canAssign && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{T.rotationIntro}</Typography.Paragraph>
          <Space wrap>
            {props.colleges.map((c) => (
              <Space key={c.code} size={4}>
                {c.name}
                <InputNumber
                  min={0}
                  max={20}
                  size="small"
                  value={counts[c.code] ?? 0}
                  onChange={(v) => setCounts((old) => ({ ...old, [c.code]: v ?? 0 }))}
                  data-testid={`rotation-count-${c.code}`}
                  aria-label={`${c.name}${T.count}`}
                />
              </Space>
            ))}
            <Button type="primary" onClick={() => void assign()} data-testid="rotation-assign">
              {T.assign}
            </Button>
          </Space>
        </div>
      )}
      <Table<EnterpriseReportLink>
        size="small"
        rowKey="reportId"
        pagination={false}
        locale={{ emptyText: T.noReports }}
        dataSource={mine}
        data-testid="enterprise-reports"
        columns={[
          ...linkColumns(collegeName, roster),
          {
            title: T.route,
            key: 'route',
            render: (_, l) =>
              props.canAssign ? (
                <Select
                  size="small"
                  style={{ width: 170 }}
                  value={l.via ?? ''}
                  aria-label={T.route}
                  data-testid="enterprise-route"
                  onChange={(v: string) => void setRoute(l.reportId, v === '' ? null : v)}
                  options={[
                    { value: '', label: T.routeDirect },
                    ...summaries
                      .filter((code) => code !== l.collegeCode)
                      .map((code) => ({ value: code, label: T.routeVia(deptName(code)) })),
                  ]}
                />
              ) : l.via === undefined ? (
                T.routeDirect
              ) : (
                T.routeVia(deptName(l.via))
              ),
          },
          {
            title: T.status,
            key: 'status',
            render: (_, l) =>
              reports.get(l.reportId)?.status === 'final' ? (
                <Tag color="green">{T.approved}</Tag>
              ) : (
                <Tag>{T.draft}</Tag>
              ),
          },
          {
            title: '',
            key: 'open',
            render: (_, l) => (
              <Button
                size="small"
                onClick={() => props.onOpen(l.reportId)}
                data-testid={`open-enterprise-report`}
              >
                {T.open}
              </Button>
            ),
          },
        ]}
      />
      {props.canAssign && <AssignmentSend data={props.data} colleges={recipients} />}
    </>
  );
}
