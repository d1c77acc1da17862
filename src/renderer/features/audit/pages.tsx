/** Pages of the audit feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'audit',
    label: '审计日志',
    icon: <AuditOutlined />,
    order: 50,
    component: lazy(() => import('./AuditLogPage').then((m) => ({ default: m.AuditLogPage }))),
  },
];
