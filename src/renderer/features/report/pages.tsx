/** Pages of the report feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { T } from './texts';

export const pages: PageDef[] = [
  {
    id: 'report',
    label: T.menu,
    icon: <FileTextOutlined />,
    order: 60,
    stations: ['office'],
    component: lazy(() => import('./ReportPage').then((m) => ({ default: m.ReportPage }))),
  },
];
