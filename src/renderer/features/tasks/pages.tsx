/** Pages of the tasks feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { CheckSquareOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { seesSetupPages } from '../../../shared/workspace/permissions';

export const pages: PageDef[] = [
  {
    id: 'tasks',
    label: '我的任务',
    icon: <CheckSquareOutlined />,
    order: 10,
    component: lazy(() => import('./MyTasksPage').then((m) => ({ default: m.MyTasksPage }))),
  },
  {
    id: 'assign',
    visible: seesSetupPages,
    label: '任务分配',
    icon: <ScheduleOutlined />,
    order: 80,
    component: lazy(() => import('./TaskMatrixPage').then((m) => ({ default: m.TaskMatrixPage }))),
  },
];
