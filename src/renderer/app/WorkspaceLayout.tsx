/** The open workspace: header (year, station, user), navigation and the current page. */
import { useEffect } from 'react';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import {
  AppstoreOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  FileDoneOutlined,
  FunctionOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { STATION_ROLE_LABELS, USER_ROLE_LABELS } from '../../shared/workspace/workspace-types';
import { useSession, type PageId } from './session-store';
import { useWorkspaceData } from '../data/workspace-data-store';
import { MyTasksPage } from '../features/tasks/MyTasksPage';
import { TaskMatrixPage } from '../features/tasks/TaskMatrixPage';
import { DepartmentsPage } from '../features/departments/DepartmentsPage';
import { CatalogEditorPage } from '../features/catalog/CatalogEditorPage';
import { WorkspaceSettingsPage } from '../features/workspaces/WorkspaceSettingsPage';
import { TablePage } from '../features/grid/TablePage';
import { T } from '../features/workspaces/texts';
import { ReviewPage } from '../features/review/ReviewPage';
import { CompletenessPage } from '../features/review/CompletenessPage';
import { RulesPage } from '../features/rules/RulesPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { BackupPage } from '../features/backup/BackupPage';
import { ExchangePage } from '../features/bundles/ExchangePage';
import { CloudUploadOutlined, SwapOutlined } from '@ant-design/icons';
import { NationalExportPage } from '../features/national-export/NationalExportPage';
import { T as NATIONAL_T } from '../features/national-export/texts';
import { useDailyBackup } from '../features/backup/use-daily-backup';
import { T as BACKUP_T } from '../features/backup/texts';

const MENU: { key: PageId; label: string; icon: React.ReactNode }[] = [
  { key: 'tasks', label: '我的任务', icon: <CheckSquareOutlined /> },
  { key: 'review', label: '数据审核', icon: <FileDoneOutlined /> },
  { key: 'completeness', label: '完成情况', icon: <TableOutlined /> },
  { key: 'rules', label: '校验规则', icon: <FunctionOutlined /> },
  { key: 'audit', label: '审计日志', icon: <AuditOutlined /> },
  { key: 'catalog', label: '采集目录', icon: <AppstoreOutlined /> },
  { key: 'assign', label: '任务分配', icon: <ScheduleOutlined /> },
  { key: 'departments', label: '部门管理', icon: <ApartmentOutlined /> },
  { key: 'settings', label: '年度设置', icon: <SettingOutlined /> },
  { key: 'exchange', label: '数据交换', icon: <SwapOutlined /> },
  { key: 'national', label: NATIONAL_T.menu, icon: <CloudUploadOutlined /> },
  { key: 'backup', label: BACKUP_T.menu, icon: <SafetyOutlined /> },
];

export function WorkspaceLayout({ workspaceId }: { workspaceId: string }) {
  const { page, tableCode, user, go, close } = useSession();
  const { data, load, clear } = useWorkspaceData();
  useDailyBackup(workspaceId);

  useEffect(() => {
    void load(workspaceId);
    return () => clear();
  }, [workspaceId, load, clear]);

  if (!data || data.workspace.id !== workspaceId) return <Spin size="large" fullscreen />;
  const dept = data.departments.find((d) => d.code === data.workspace.station.departmentCode);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#1f3a5f', paddingInline: 20 }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
          {T.appTitle}
        </Typography.Text>
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
          <Button size="small" onClick={close}>
            {T.closeWorkspace}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={180} theme="light">
          <Menu
            mode="inline"
            selectedKeys={[page === 'table' ? 'tasks' : page]}
            items={MENU}
            onClick={(e) => go(e.key as PageId)}
            style={{ height: '100%' }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20, background: '#f5f7fa' }}>
          {page === 'tasks' && <MyTasksPage />}
          {page === 'catalog' && <CatalogEditorPage />}
          {page === 'assign' && <TaskMatrixPage />}
          {page === 'departments' && <DepartmentsPage />}
          {page === 'settings' && <WorkspaceSettingsPage />}
          {page === 'table' && tableCode && <TablePage key={tableCode} tableCode={tableCode} />}
          {page === 'review' && <ReviewPage />}
          {page === 'completeness' && <CompletenessPage />}
          {page === 'rules' && <RulesPage />}
          {page === 'audit' && <AuditLogPage />}
          {page === 'backup' && <BackupPage />}
          {page === 'exchange' && <ExchangePage />}
          {page === 'national' && <NationalExportPage />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
