/**
 * State of one import wizard: file → sheet and header → mapping (only when labels differ) → preview
 * of every problem → commit. The parser Worker lives from the file's opening to the wizard's close;
 * cancel terminates it at any point before the commit, so cancelling never writes anything.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { SliceKey } from '../../../shared/records/record-types';
import {
  checkMapping,
  initialMapping,
  mappingNeedsReview,
  mappingToRemember,
  type ColumnMapping,
} from '../../../shared/sheets/column-mapping';
import type { HeaderDetection } from '../../../shared/sheets/header-detect';
import { storedKeys } from '../../../shared/sheets/append-collisions';
import { explainedByKey } from '../../../shared/sheets/explained-keys';
import type { ImportMode } from '../../../shared/sheets/import-merge';
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from '../../../shared/sheets/sheet-limits';
import type { Actor, Repository } from '../../data/repository';
import type { ImportCounts } from '../../data/records';
import { commitImport } from './import-commit';
import { loadMapping, saveMapping } from './mapping-memory';
import { ParseClient, type Converted, type Opened, type ProgressListener } from './parse-client';
import { T } from './texts';

export type BusyPhase = keyof typeof T.phase;
export type Stage =
  | { readonly kind: 'pick' }
  | {
      readonly kind: 'busy';
      readonly phase: BusyPhase;
      readonly percent: number | null;
      readonly cancellable: boolean;
    }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'sheet' }
  | { readonly kind: 'mapping' }
  | { readonly kind: 'preview' }
  | { readonly kind: 'done'; readonly result: ImportCounts };

export interface ImportFlowDeps {
  readonly table: TableDef;
  readonly slice: SliceKey;
  readonly actor: Actor;
  readonly repo: Repository;
  readonly limits?: SheetLimits;
}

/** Progress of the parser Worker as the wizard's busy stage (the convert phase has a percentage). */
const progressTo =
  (setStage: (s: Stage) => void): ProgressListener =>
  (phase, done, total) =>
    setStage({
      kind: 'busy',
      phase,
      percent: phase === 'convert' && total > 0 ? Math.floor((done / total) * 100) : null,
      cancellable: true,
    });

export function useImportFlow(deps: ImportFlowDeps) {
  const { table, slice, actor, repo } = deps;
  const limits = deps.limits ?? DEFAULT_SHEET_LIMITS;
  const client = useRef<ParseClient | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [opened, setOpened] = useState<Opened | null>(null);
  const [sheet, setSheet] = useState(0);
  const [header, setHeader] = useState<HeaderDetection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [remember, setRemember] = useState(true);
  const [converted, setConverted] = useState<Converted | null>(null);
  // No default: 替换 deletes the rows the file lacks, so the user chooses explicitly every time.
  const [mode, setMode] = useState<ImportMode | null>(null);
  const [leaveEmpty, setLeaveEmpty] = useState(false);

  // A parser Worker started when the wizard opens, so SheetJS is loaded by the time a file is picked.
  const warm = useRef<{ client: ParseClient; ready: Promise<unknown> } | null>(null);

  const dispose = useCallback(() => {
    client.current?.dispose();
    client.current = null;
  }, []);
  useEffect(() => {
    const c = new ParseClient(limits, progressTo(setStage));
    warm.current = { client: c, ready: c.ready() };
    return () => {
      warm.current?.client.dispose();
      warm.current = null;
      dispose();
    };
  }, [limits, dispose]);

  const busy = (phase: BusyPhase, percent: number | null = null, cancellable = true) =>
    setStage({ kind: 'busy', phase, percent, cancellable });
  const refuse = (message: string) => {
    dispose();
    setStage({ kind: 'refused', message });
  };

  const applyHeader = (h: HeaderDetection) => {
    setHeader(h);
    setMapping(initialMapping(h.columns, table, loadMapping(table.code)));
  };

  const open = async (name: string, bytes: Uint8Array) => {
    dispose();
    setConverted(null);
    const spare = warm.current;
    warm.current = null;
    const c = spare?.client ?? new ParseClient(limits, progressTo(setStage));
    client.current = c;
    busy('read');
    // A slice handed over for review (or a locked year) takes no import: say so before reading the file.
    const freeze = await repo.loadSliceFreeze(slice);
    if (client.current !== c) return;
    if (!freeze.writable) return refuse(freeze.message);
    // The file's time limit starts once SheetJS has loaded, not while a fresh Worker is still loading it.
    await (spare ? spare.ready : c.ready());
    if (client.current !== c) return;
    const r = await c.open(name, bytes, table);
    if (client.current !== c) return;
    if (!r.ok) return refuse(r.message);
    setOpened(r.value);
    const first = Math.max(
      0,
      r.value.sheets.findIndex((s) => s.header.matched > 0),
    );
    setSheet(first);
    const h = r.value.sheets[first]?.header;
    if (!h) return refuse(T.refusedTitle);
    applyHeader(h);
    const auto = initialMapping(h.columns, table, loadMapping(table.code));
    const candidates = r.value.sheets.filter((s) => s.header.matched > 0).length;
    if (candidates !== 1 || h.matched === 0) setStage({ kind: 'sheet' });
    else if (mappingNeedsReview(h.columns, auto, table)) setStage({ kind: 'mapping' });
    else await convert(h, auto);
  };

  const chooseSheet = (index: number) => {
    const h = opened?.sheets[index]?.header;
    if (!h) return;
    setSheet(index);
    applyHeader(h);
  };

  const chooseHeaderRow = async (row: number) => {
    const c = client.current;
    if (!c) return;
    const r = await c.header(sheet, row);
    if (r.ok) applyHeader(r.value);
    else refuse(r.message);
  };

  const convert = async (h: HeaderDetection, m: ColumnMapping) => {
    const c = client.current;
    if (!c) return;
    busy('convert', 0);
    const labels = h.columns.reduce<string[]>((out, col) => ((out[col.index] = col.label), out), []);
    // Stored natural keys, so that rows an append would duplicate are located in the preview, and the
    // stored 留空说明 by key, so that a replace's explained blanks are counted apart.
    const [stored, submissions] = await Promise.all([
      repo.loadTableRows(slice),
      repo.listSubmissions(slice.workspaceId),
    ]);
    const own = submissions.find(
      (s) => s.tableCode === slice.tableCode && s.departmentCode === slice.departmentCode,
    );
    const explained = explainedByKey(table, stored, own?.justifications ?? {});
    if (client.current !== c) return;
    const r = await c.convert(sheet, m, h.dataStart, labels, storedKeys(table, stored), explained);
    if (client.current !== c) return;
    if (!r.ok) return refuse(r.message);
    setConverted(r.value);
    setLeaveEmpty(false);
    setStage({ kind: 'preview' });
  };

  const afterSheet = () => {
    if (!header) return;
    if (mappingNeedsReview(header.columns, mapping, table)) setStage({ kind: 'mapping' });
    else void convert(header, mapping);
  };

  const afterMapping = () => {
    if (!header || checkMapping(mapping, table).duplicates.length > 0) return;
    if (remember)
      saveMapping(table.code, mappingToRemember(header.columns, mapping, loadMapping(table.code)));
    void convert(header, mapping);
  };

  const commit = async () => {
    if (!converted || mode === null) return;
    dispose();
    busy('backup', null, false);
    const r = await commitImport({
      repo,
      table,
      slice,
      values: converted.values,
      mappedKeys: mapping.filter((k): k is string => k !== null),
      mode,
      dropped: converted.summary.dropped,
      actor,
      onPhase: (p) => busy(p, null, false),
    });
    if (!r.ok) {
      setStage({ kind: 'refused', message: r.error.message });
      return;
    }
    setStage({ kind: 'done', result: r.value });
  };

  const cancel = () => {
    dispose();
    setStage({ kind: 'pick' });
  };

  return {
    stage,
    opened,
    sheet,
    header,
    mapping,
    remember,
    converted,
    mode,
    leaveEmpty,
    open,
    chooseSheet,
    chooseHeaderRow,
    afterSheet,
    afterMapping,
    commit,
    cancel,
    setMapping,
    setRemember,
    setMode,
    setLeaveEmpty,
    back: () => setStage({ kind: stage.kind === 'preview' ? 'mapping' : 'sheet' }),
    reset: () => setStage({ kind: 'pick' }),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
