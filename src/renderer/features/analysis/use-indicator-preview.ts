/**
 * The editor's preview: the draft indicator compiled and computed over this station's data as the office
 * types (after a short pause), so a changed expression shows the value it would give before it is saved.
 */
import { useEffect, useState } from 'react';
import {
  compileIndicator,
  computeIndicators,
  type IndicatorDef,
  type IndicatorValue,
} from '../../../shared/indicators';
import { schemaFromTables } from '../../../shared/rules';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { loadStationSource } from '../../rules-runtime/station-source';

/** The preview value, or null while it is computed or when the draft does not compile. */
export function useIndicatorPreview(
  draft: IndicatorDef,
  data: WorkspaceData,
  valid: boolean,
): IndicatorValue | null {
  // The value is kept with the draft it was computed for, so an older draft's value is never shown.
  const [result, setResult] = useState<{ readonly of: IndicatorDef; readonly value: IndicatorValue } | null>(
    null,
  );
  useEffect(() => {
    if (!valid) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const compiled = compileIndicator(draft, schemaFromTables(data.catalog.tables));
        if (!compiled.ok) return;
        const { source } = await loadStationSource(data.workspace, data.catalog, data.tasks, {
          tables: compiled.value.tables,
          prevTables: compiled.value.prevTables,
        });
        const value = computeIndicators([compiled.value], source).get(draft.id);
        if (live && value !== undefined) setResult({ of: draft, value });
      })();
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, data, valid]);
  return valid && result?.of === draft ? result.value : null;
}
