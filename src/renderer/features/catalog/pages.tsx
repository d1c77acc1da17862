/** Pages of the catalog feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { AppstoreOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { seesSetupPages } from '../../../shared/workspace/permissions';

export const pages: PageDef[] = [
  {
    id: 'catalog',
    visible: seesSetupPages,
    label: '采集目录',
    icon: <AppstoreOutlined />,
    order: 70,
    component: lazy(() => import('./CatalogEditorPage').then((m) => ({ default: m.CatalogEditorPage }))),
  },
];
