/** Pages of the bundles feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';

export const pages: PageDef[] = [
  {
    id: 'exchange',
    label: '数据交换',
    icon: <SwapOutlined />,
    order: 110,
    component: lazy(() => import('./ExchangePage').then((m) => ({ default: m.ExchangePage }))),
  },
];
