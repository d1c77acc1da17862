/** Pages of the workspaces feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { seesSetupPages } from '../../../shared/workspace/permissions';

export const pages: PageDef[] = [
  {
    id: 'settings',
    visible: seesSetupPages,
    label: '年度设置',
    icon: <SettingOutlined />,
    order: 100,
    component: lazy(() =>
      import('./WorkspaceSettingsPage').then((m) => ({ default: m.WorkspaceSettingsPage })),
    ),
  },
];
