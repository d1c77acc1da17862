/** Pages of the departments feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { seesSetupPages } from '../../../shared/workspace/permissions';

export const pages: PageDef[] = [
  {
    id: 'departments',
    visible: seesSetupPages,
    label: '部门管理',
    icon: <ApartmentOutlined />,
    order: 90,
    component: lazy(() => import('./DepartmentsPage').then((m) => ({ default: m.DepartmentsPage }))),
  },
];
