/** Pages of the national export feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { CloudUploadOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { T } from './texts';

export const pages: PageDef[] = [
  {
    id: 'national',
    label: T.menu,
    icon: <CloudUploadOutlined />,
    order: 115,
    stations: ['office'],
    component: lazy(() => import('./NationalExportPage').then((m) => ({ default: m.NationalExportPage }))),
  },
];
