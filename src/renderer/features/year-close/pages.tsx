/** Pages of the year close, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { ForwardOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { R, S } from './texts';

export const pages: PageDef[] = [
  {
    id: 'signoff',
    label: S.menu,
    icon: <SafetyCertificateOutlined />,
    order: 38,
    stations: ['office'],
    roles: ['head', 'supervisor', 'leader'],
    component: lazy(() => import('./SignoffPage').then((m) => ({ default: m.SignoffPage }))),
  },
  {
    id: 'rollover',
    label: R.menu,
    icon: <ForwardOutlined />,
    order: 105,
    roles: ['head', 'supervisor', 'leader'],
    component: lazy(() => import('./RolloverPage').then((m) => ({ default: m.RolloverPage }))),
  },
];
