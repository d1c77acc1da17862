/** Pages of rectification (整改), collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'rectification',
    label: '整改',
    icon: <AuditOutlined />,
    order: 36,
    component: lazy(() => import('./RectificationPage').then((m) => ({ default: m.RectificationPage }))),
  },
];
