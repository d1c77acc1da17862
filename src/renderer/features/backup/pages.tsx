/** Pages of the backup feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { SafetyOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { T } from './texts';

export const pages: PageDef[] = [
  {
    id: 'backup',
    label: T.menu,
    icon: <SafetyOutlined />,
    order: 120,
    component: lazy(() => import('./BackupPage').then((m) => ({ default: m.BackupPage }))),
  },
];
