/** Pages of the core-data analysis, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { AimOutlined, FunctionOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'analysis',
    label: '对标分析',
    icon: <AimOutlined />,
    order: 35,
    component: lazy(() => import('./AnalysisPage').then((m) => ({ default: m.AnalysisPage }))),
  },
  {
    id: 'indicators',
    label: '指标管理',
    icon: <FunctionOutlined />,
    order: 36,
    stations: ['office'],
    component: lazy(() => import('./IndicatorListPage').then((m) => ({ default: m.IndicatorListPage }))),
  },
];
