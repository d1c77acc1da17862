/** Pages of the guide feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { CompassOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { G } from './texts';

export const pages: PageDef[] = [
  {
    id: 'start',
    label: G.menu,
    icon: <CompassOutlined />,
    order: 5,
    component: lazy(() => import('./GettingStartedPage').then((m) => ({ default: m.GettingStartedPage }))),
  },
];
