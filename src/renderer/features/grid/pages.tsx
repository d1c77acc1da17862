/** Pages of the grid feature, collected by src/renderer/app/pages.ts (lazy: loaded when first opened). */
import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** The entry grid of one table, opened from 我的任务 (no menu entry of its own). */
export const pages: PageDef[] = [
  {
    id: 'table',
    label: '填报',
    menuKey: 'tasks',
    component: lazy(() => import('./TablePageRoute').then((m) => ({ default: m.TablePageRoute }))),
  },
];
