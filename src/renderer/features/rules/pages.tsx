/** Pages of the rules feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import { FunctionOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { seesSetupPages } from '../../../shared/workspace/permissions';

export const pages: PageDef[] = [
  {
    id: 'rules',
    visible: seesSetupPages,
    label: '校验规则',
    icon: <FunctionOutlined />,
    order: 40,
    component: lazy(() => import('./RulesPage').then((m) => ({ default: m.RulesPage }))),
  },
];
