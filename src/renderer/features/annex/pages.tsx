/** Pages of the annexes and enterprise reports, collected by src/renderer/app/pages.ts (lazy). */
import { lazy } from 'react';
import { TableOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { T } from './texts';

export const pages: PageDef[] = [
  {
    id: 'annex',
    label: T.menu,
    icon: <TableOutlined />,
    order: 61,
    component: lazy(() => import('./AnnexPage').then((m) => ({ default: m.AnnexPage }))),
  },
];
