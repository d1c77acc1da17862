/**
 * The page registry: every page of a workspace is declared by its own feature in
 * `features/<feature>/pages.tsx` (an exported `pages: PageDef[]`), and collected here with Vite's
 * `import.meta.glob`. Adding a page therefore touches no shared file, and every page's component is
 * loaded lazily, so the start-up chunk carries only the shell. See docs/ARCHITECTURE.md ("Add a page").
 */
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { StationRole, UserRole } from '../../shared/workspace/workspace-types';

/** Props every page receives; `tableCode` is set for pages opened on one table (the grid). */
export interface PageProps {
  readonly tableCode: string | null;
}

export interface PageDef {
  /** Stable id, used by `useSession().go(id)`. */
  readonly id: string;
  /** Menu label (Chinese). */
  readonly label: string;
  readonly icon?: ReactNode;
  /** Menu position: lower first. Pages without a menu entry (e.g. the grid) leave it out. */
  readonly order?: number;
  /** Which menu entry is highlighted while this page shows (defaults to its own id). */
  readonly menuKey?: string;
  /** Stations that have this page; all when absent. */
  readonly stations?: readonly StationRole[];
  /** Signed-in user roles that see this page; all when absent. */
  readonly roles?: readonly UserRole[];
  /** Finer rule over station and role together (e.g. the office's set-up pages at a department station). */
  readonly visible?: (station: StationRole, role: UserRole | null) => boolean;
  readonly component: LazyExoticComponent<ComponentType<PageProps>>;
}

export interface PageModule {
  readonly pages: readonly PageDef[];
}

/** Orders and checks the declared pages: ids must be unique (a clash is a bug, so it throws). */
export function buildRegistry(modules: readonly PageModule[]): ReadonlyMap<string, PageDef> {
  const all = modules.flatMap((m) => m.pages);
  const byId = new Map<string, PageDef>();
  for (const p of [...all].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.id.localeCompare(b.id))) {
    if (byId.has(p.id)) throw new Error(`page id declared twice: ${p.id}`);
    byId.set(p.id, p);
  }
  return byId;
}

/** The pages of the menu a station role and user role see, in menu order. */
export function menuPages(
  registry: ReadonlyMap<string, PageDef>,
  station: StationRole,
  role: UserRole | null,
): PageDef[] {
  return [...registry.values()].filter(
    (p) =>
      p.order !== undefined &&
      (!p.stations || p.stations.includes(station)) &&
      (!p.roles || (role !== null && p.roles.includes(role))) &&
      (!p.visible || p.visible(station, role)),
  );
}
