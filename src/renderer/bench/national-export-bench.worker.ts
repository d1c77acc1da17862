/**
 * The 上报数据包 bench inside a dedicated Worker, as the app writes it: the whole built-in catalog with
 * N rows in A10-1 and realistic counts elsewhere. `prepare` builds the locked year in the Worker's heap
 * (so the runner can sample it over CDP); `run` times our workbook (layout + sheet XML + deflate)
 * against the floor — fflate zipping the very sheet XML our writer produced, pre-built — alternating.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { builtInCatalog } from '../../shared/catalog/builtin-catalog';
import { nationalWorkbook } from '../../shared/national-export/national-package';
import type { NationalPackageInput } from '../../shared/national-export/national-package';
import { packageFixture } from '../../shared/national-export/testing/package-fixture';

export type BenchRequest =
  { readonly op: 'prepare'; readonly rows: number } | { readonly op: 'run'; readonly runs: number };
export type BenchResponse =
  | { readonly kind: 'prepared'; readonly totalRows: number; readonly cells: number }
  | {
      readonly kind: 'ran';
      readonly ours: number[];
      readonly floor: number[];
      readonly bytes: number;
      readonly floorBytes: number;
    };

const scope = globalThis as unknown as {
  postMessage(m: BenchResponse): void;
  onmessage: ((e: MessageEvent<BenchRequest>) => void) | null;
};

/** Rows per table besides A10-1: a few hundred in a list (teachers, majors, courses), one in a form. */
const OTHER_LIST_ROWS = 500;
const LEVEL = 6;

let input: NationalPackageInput | null = null;

function prepare(rows: number): BenchResponse {
  const catalog = builtInCatalog();
  const forms = new Set(catalog.tables.filter((t) => t.shape === 'form').map((t) => t.code));
  input = packageFixture(
    (code) => (code === 'A10-1' ? rows : forms.has(code) ? 1 : OTHER_LIST_ROWS),
    catalog,
  );
  let total = 0;
  let cells = 0;
  for (const t of input.tables)
    for (const s of t.slices) {
      total += s.rows.length;
      cells += s.rows.length * t.table.fields.length;
    }
  return { kind: 'prepared', totalRows: total, cells };
}

async function run(runs: number): Promise<BenchResponse> {
  if (!input) throw new Error('prepare first');
  const ours: number[] = [];
  const floor: number[] = [];
  let bytes = 0;
  let floorBytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = await nationalWorkbook(input, { level: LEVEL });
    ours.push(performance.now() - t0);
    bytes = out.length;
    // The floor's input: the same parts as pre-built XML text, encoded outside the timing.
    const parts = unzipSync(out);
    const files: Zippable = {};
    for (const [name, data] of Object.entries(parts)) files[name] = strToU8(strFromU8(data));
    const t1 = performance.now();
    floorBytes = zipSync(files, { level: LEVEL }).length;
    floor.push(performance.now() - t1);
  }
  return { kind: 'ran', ours, floor, bytes, floorBytes };
}

scope.onmessage = (e) => {
  const m = e.data;
  void (async () => scope.postMessage(m.op === 'prepare' ? prepare(m.rows) : await run(m.runs)))();
};
