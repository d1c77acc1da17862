/** Pages of the review feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { FileDoneOutlined, TableOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'review',
    label: '数据审核',
    icon: <FileDoneOutlined />,
    order: 20,
    component: lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage }))),
  },
  {
    id: 'completeness',
    label: '完成情况',
    icon: <TableOutlined />,
    order: 30,
    component: lazy(() => import('./CompletenessPage').then((m) => ({ default: m.CompletenessPage }))),
  },
];
