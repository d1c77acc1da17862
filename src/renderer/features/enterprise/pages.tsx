/** Pages of the enterprise reports, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { ShopOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { T } from './texts';

export const pages: PageDef[] = [
  {
    id: 'enterprise',
    label: T.menu,
    icon: <ShopOutlined />,
    order: 62,
    component: lazy(() => import('./EnterprisePage').then((m) => ({ default: m.EnterprisePage }))),
  },
];
