/** The open workspace: header (year, station, user), navigation and the current page. */
import { Suspense, useEffect, useLayoutEffect } from 'react';
import { App as AntApp, Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { STATION_ROLE_LABELS, USER_ROLE_LABELS } from '../../shared/workspace/workspace-types';
import { useSession } from './session-store';
import { useWorkspaceData } from '../data/workspace-data-store';
import { T } from '../features/workspaces/texts';
import { useDailyBackup } from '../features/backup/use-daily-backup';
import { PAGES } from './pages';
import { menuPages } from './page-registry';
import { useLeaveGuardStore } from './leave-guard';
import { PageErrorBoundary } from './PageErrorBoundary';

export function WorkspaceLayout({ workspaceId }: { workspaceId: string }) {
  const { page, tableCode, user, go, close } = useSession();
  const { data, load, clear } = useWorkspaceData();
  const { modal } = AntApp.useApp();
  useDailyBackup(workspaceId);
  // Leaving a page with unsaved edits asks first (leave-guard.ts).
  const leave = (then: () => void) => {
    const message = useLeaveGuardStore.getState().message;
    if (message === null) return then();
    void modal.confirm({
      title: message,
      okText: T.leaveDiscard,
      cancelText: T.leaveStay,
      okButtonProps: { danger: true },
      onOk: () => {
        useLeaveGuardStore.setState({ message: null });
        then();
      },
    });
  };

  useEffect(() => {
    void load(workspaceId);
    return () => clear();
  }, [workspaceId, load, clear]);

  // Each page opens at its top. The window keeps its scroll otherwise, so a page opened from far down a
  // long one starts mid-way, or on blank space below a short one. A layout effect, so a page that
  // scrolls itself to a part on opening (after it loads) still does.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [page, tableCode]);

  if (!data || data.workspace.id !== workspaceId) return <Spin size="large" fullscreen />;
  const dept = data.departments.find((d) => d.code === data.workspace.station.departmentCode);
  const menu = menuPages(PAGES, data.workspace.station.role, user?.role ?? null);
  const current = PAGES.get(page);
  const Page = current?.component;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main-content" className="skip-link">
        {T.skipToContent}
      </a>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#1f3a5f', paddingInline: 20 }}
      >
        {/* The one h1 of every workspace page; each page's own title is a lower heading. */}
        <h1 style={{ color: '#fff', fontSize: 16, margin: 0, lineHeight: 'inherit' }}>{T.appTitle}</h1>
        <Typography.Text style={{ color: '#dbe6f5' }} data-testid="workspace-title">
          {data.workspace.name}
        </Typography.Text>
        <Tag color="blue">
          {STATION_ROLE_LABELS[data.workspace.station.role]}
          {dept ? ` · ${dept.name}` : ''}
        </Tag>
        <span style={{ flex: 1 }} />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
            {user ? `${user.name}（${USER_ROLE_LABELS[user.role]}）` : ''}
          </Typography.Text>
          <Button size="small" onClick={() => leave(close)}>
            {T.closeWorkspace}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={180} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[current?.menuKey ?? page]}
            items={menu.map((p) => ({ key: p.id, label: p.label, icon: p.icon }))}
            onClick={(e) => leave(() => go(e.key))}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content id="main-content" tabIndex={-1} style={{ padding: 20, background: '#f5f7fa' }}>
          {Page && (
            <PageErrorBoundary resetKey={`${page}|${tableCode ?? ''}`}>
              <Suspense fallback={<Spin description={T.loadingPage} data-testid="page-loading" />}>
                <Page tableCode={tableCode} />
              </Suspense>
            </PageErrorBoundary>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
