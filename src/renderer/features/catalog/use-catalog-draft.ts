/**
 * The catalog being edited: a draft copy of the saved catalog that every edit helper (pure, from
 * src/shared/catalog) replaces; its refusals are shown, never thrown. Saving validates the whole change
 * against the stored values before anything is written.
 */
import { useCallback, useState } from 'react';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { Result } from '../../../shared/result';

export interface CatalogDraft {
  readonly draft: Catalog;
  readonly dirty: boolean;
  readonly error: string | null;
  /** Applies an edit result: the new draft, or its Chinese refusal. Returns whether it applied. */
  apply(r: Result<Catalog>): boolean;
  reset(): void;
  setError(message: string | null): void;
}

export function useCatalogDraft(saved: Catalog): CatalogDraft {
  const [draft, setDraft] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A newly saved catalog (version change) discards the draft made from the older one.
  const base = draft && draft.version === saved.version ? draft : null;
  const apply = useCallback((r: Result<Catalog>) => {
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    setDraft(r.value);
    return true;
  }, []);
  return {
    draft: base ?? saved,
    dirty: base !== null && base !== saved,
    error,
    apply,
    reset: () => {
      setDraft(null);
      setError(null);
    },
    setError,
  };
}
