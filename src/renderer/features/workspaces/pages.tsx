/** Pages of the workspaces feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'settings',
    label: '年度设置',
    icon: <SettingOutlined />,
    order: 100,
    component: lazy(() =>
      import('./WorkspaceSettingsPage').then((m) => ({ default: m.WorkspaceSettingsPage })),
    ),
  },
];
