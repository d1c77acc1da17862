/**
 * 数据交换: keys and registration, the office's trust list, setup bundles, export, import and the log,
 * as tabs that depend on the station's role. In Electron the 负责人's signing passphrase is typed once
 * at the top of the page and kept only while the page is open.
 */
import { useState } from 'react';
import { Alert, Input, Space, Spin, Tabs, Typography } from 'antd';
import { useIncoming } from './incoming-store';
import { useExchange } from './use-exchange';
import { BundleLogPanel } from './BundleLogPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { KeyPanel } from './KeyPanel';
import { SetupPanel } from './SetupPanel';
import { TrustPanel } from './TrustPanel';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { X } from './texts';

export function ExchangePage() {
  const [passphrase, setPassphrase] = useState('');
  const { deps, state, reload, acting, data } = useExchange(passphrase === '' ? null : passphrase);
  const load = useWorkspaceData((s) => s.load);
  const tab = useIncoming((s) => s.tab);
  const showTab = useIncoming((s) => s.showTab);
  if (!state || !acting || !data) return <Spin />;
  const ws = data.workspace;
  const role = ws.station.role;
  const label = (code: string) =>
    code === 'OFFICE' ? '督导室' : (data.departments.find((d) => d.code === code)?.name ?? code);
  const ownName = label(ws.station.departmentCode ?? 'OFFICE');
  const onSetupApplied = async () => {
    await reload();
    await load(ws.id);
  };
  const items = [
    {
      key: 'key',
      label: X.tabKey,
      children: (
        <KeyPanel deps={deps} acting={acting} state={state} departmentName={ownName} reload={reload} />
      ),
    },
    ...(role === 'office'
      ? [
          {
            key: 'trust',
            label: X.tabTrust,
            children: (
              <TrustPanel
                deps={deps}
                acting={acting}
                state={state}
                departments={data.departments}
                reload={reload}
              />
            ),
          },
        ]
      : []),
    {
      key: 'setup',
      label: X.tabSetup,
      children: (
        <SetupPanel
          deps={deps}
          acting={acting}
          state={state}
          departments={data.departments}
          tasks={data.tasks}
          reload={reload}
        />
      ),
    },
    ...(role !== 'office'
      ? [
          {
            key: 'export',
            label: X.tabExport,
            children: <ExportPanel deps={deps} acting={acting} state={state} label={label} reload={reload} />,
          },
        ]
      : []),
    {
      key: 'import',
      label: X.tabImport,
      children: (
        <ImportPanel
          deps={deps}
          acting={acting}
          state={state}
          label={label}
          reload={reload}
          onSetupApplied={onSetupApplied}
        />
      ),
    },
    { key: 'log', label: X.tabLog, children: <BundleLogPanel bundles={state.bundles} label={label} /> },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="exchange-page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {X.pageTitle}
      </Typography.Title>
      {deps.keys.needsPassphrase && state.ownKey && (
        <Alert
          type="info"
          title={
            <Space>
              {X.passphrase}
              <Input.Password
                style={{ width: 260 }}
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-label={X.passphrase}
                data-testid="sign-passphrase"
              />
            </Space>
          }
        />
      )}
      {state.officePin?.awaitingYear && (
        <Alert type="warning" showIcon title={X.awaitingYear} data-testid="awaiting-year" />
      )}
      <Tabs activeKey={tab ?? 'key'} onChange={showTab} items={items} />
    </Space>
  );
}
