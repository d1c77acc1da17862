/** Collects every feature's `pages.tsx` (see page-registry.ts); eager so the menu is known at start. */
import { buildRegistry, type PageModule } from './page-registry';

const modules = import.meta.glob<PageModule>('../features/*/pages.tsx', { eager: true });

export const PAGES = buildRegistry(Object.values(modules));
