/** Pages of the report workflow, collected by src/renderer/app/page-registry.ts (lazy). */
import { lazy } from 'react';
import { BookOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/page-registry';
import { W } from './texts';

export const pages: PageDef[] = [
  {
    id: 'report-workflow',
    label: W.menu,
    icon: <FileDoneOutlined />,
    order: 61,
    stations: ['office'],
    component: lazy(() => import('./ReportWorkflowPage').then((m) => ({ default: m.ReportWorkflowPage }))),
  },
  {
    id: 'case-library',
    label: W.caseLibrary,
    icon: <BookOutlined />,
    order: 62,
    stations: ['office'],
    component: lazy(() => import('./CaseLibraryPage').then((m) => ({ default: m.CaseLibraryPage }))),
  },
  {
    id: 'report-chapters',
    label: W.deptMenu,
    icon: <FileDoneOutlined />,
    order: 61,
    stations: ['department', 'summary'],
    component: lazy(() =>
      import('./DepartmentChapterPage').then((m) => ({ default: m.DepartmentChapterPage })),
    ),
  },
  {
    id: 'case-submit',
    label: W.caseCard,
    icon: <BookOutlined />,
    order: 62,
    stations: ['department', 'summary'],
    component: lazy(() => import('./CaseSubmitPage').then((m) => ({ default: m.CaseSubmitPage }))),
  },
];
