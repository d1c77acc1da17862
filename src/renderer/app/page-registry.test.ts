import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import { buildRegistry, menuPages, type PageDef } from './page-registry';
import { PAGES } from './pages';

const Empty = lazy(() => Promise.resolve({ default: () => null }));
const page = (id: string, extra: Partial<PageDef> = {}): PageDef => ({
  id,
  label: id,
  component: Empty,
  ...extra,
});

describe('page registry', () => {
  it('orders menu pages by their order and leaves out pages without one', () => {
    const reg = buildRegistry([
      { pages: [page('b', { order: 20 }), page('grid')] },
      { pages: [page('a', { order: 10 })] },
    ]);
    expect(menuPages(reg, 'office', 'supervisor').map((p) => p.id)).toEqual(['a', 'b']);
    expect(reg.get('grid')?.id).toBe('grid');
  });

  it('shows a page only to the stations and user roles it names', () => {
    const reg = buildRegistry([
      {
        pages: [
          page('office-only', { order: 1, stations: ['office'] }),
          page('heads', { order: 2, roles: ['head'] }),
          page('all', { order: 3 }),
        ],
      },
    ]);
    expect(menuPages(reg, 'department', 'filler').map((p) => p.id)).toEqual(['all']);
    expect(menuPages(reg, 'department', 'head').map((p) => p.id)).toEqual(['heads', 'all']);
    expect(menuPages(reg, 'office', null).map((p) => p.id)).toEqual(['office-only', 'all']);
  });

  it("keeps the office's set-up pages out of a department 信息员's menu, not its 负责人's", () => {
    const setup = ['catalog', 'assign', 'rules', 'departments', 'settings'];
    const ids = (station: 'office' | 'department' | 'summary', role: 'filler' | 'head') =>
      menuPages(PAGES, station, role).map((p) => p.id);
    for (const id of setup) {
      expect(ids('department', 'filler'), id).not.toContain(id);
      expect(ids('summary', 'filler'), id).not.toContain(id);
      expect(ids('department', 'head'), id).toContain(id);
      expect(ids('office', 'filler'), id).toContain(id);
    }
    expect(ids('department', 'filler')).toContain('tasks');
  });

  it('refuses one id declared twice', () => {
    expect(() => buildRegistry([{ pages: [page('x')] }, { pages: [page('x')] }])).toThrow(/x/);
  });

  it("collects every feature's pages.tsx, the grid and the day's work among them", () => {
    for (const id of ['tasks', 'table', 'review', 'completeness', 'exchange', 'backup']) {
      expect(PAGES.has(id), id).toBe(true);
    }
  });
});
