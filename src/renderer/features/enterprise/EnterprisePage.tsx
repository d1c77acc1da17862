/**
 * 企业年报: the roster of partner enterprises (credit code checked), the year's rotation and the enterprise
 * reports, each written in the report editor. A college station sees its own enterprises and reports.
 */
import { Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { EnterpriseReportEditor } from './EnterpriseReportEditor';
import { RelayPanel } from './RelayPanel';
import { ReportsPanel } from './ReportsPanel';
import { RosterPanel } from './RosterPanel';
import { useEnterpriseStore } from './enterprise-store';
import { T } from './texts';

export function EnterprisePage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const store = useEnterpriseStore();
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => {
    if (data) void useEnterpriseStore.getState().load(data.workspace.id);
  }, [data]);
  if (!data || !user) return null;
  const ws = data.workspace;
  const own = ws.station.departmentCode;
  const colleges = data.departments
    .filter((d) => d.kind !== 'functional' && (ws.station.role === 'office' || d.code === own))
    .map((d) => ({ code: d.code, name: d.name }));
  const actor = { name: user.name, role: user.role };
  const canApprove = user.role !== 'filler';
  if (openId) {
    const link = store.links.find((l) => l.reportId === openId);
    return (
      <EnterpriseReportEditor
        data={data}
        reportId={openId}
        enterprise={store.roster.find((e) => e.id === link?.enterpriseId)}
        actor={actor}
        canApprove={canApprove}
        onBack={() => setOpenId(null)}
      />
    );
  }
  return (
    <div data-testid="enterprise-page">
      <Typography.Title level={4}>{T.menu}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'reports',
            label: T.reports,
            children: (
              <ReportsPanel
                data={data}
                year={ws.academicYearStart}
                colleges={colleges}
                canAssign={ws.station.role === 'office'}
                actor={actor}
                onOpen={setOpenId}
              />
            ),
          },
          { key: 'roster', label: T.roster, children: <RosterPanel colleges={colleges} actor={actor} /> },
          ...(ws.station.role === 'summary'
            ? [{ key: 'relay', label: T.relayTitle, children: <RelayPanel data={data} /> }]
            : []),
        ]}
      />
    </div>
  );
}
