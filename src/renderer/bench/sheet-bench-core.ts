/** The bench table (20 columns like makeBenchRows) and its generated .xlsx, shared by the sheet benches and their Node check. */
import type { FieldDef, TableDef } from '../../shared/catalog/catalog-types';
import type { StoredRow } from '../../shared/records/record-types';
import { exportWorkbook } from '../../shared/sheets/export-workbook';
import { writeXlsx } from '../../shared/sheets/xlsx-stream-writer';

export const KEYS = [
  'gh',
  'xm',
  'xb',
  'csny',
  'sfzh',
  'mz',
  'zzmm',
  'xl',
  'xw',
  'zc',
  'szbm',
  'rxrq',
  'gl',
  'nl',
  'ks',
  'gz',
  'zb',
  'sfss',
  'dh',
  'bz',
] as const;
const TYPES: Record<string, FieldDef['type']> = {
  csny: 'yearMonth',
  rxrq: 'date',
  gl: 'integer',
  nl: 'integer',
  ks: 'integer',
  gz: 'decimal',
  zb: 'decimal',
  sfss: 'boolean',
  gh: 'code',
  sfzh: 'code',
  dh: 'code',
};

export function benchTable(): TableDef {
  return {
    code: 'B1',
    name: '基准教工表',
    category: 'bench',
    period: 'point',
    shape: 'list',
    status: 'defined',
    ownerDepartment: null,
    cooperatingDepartments: [],
    core: false,
    naturalKey: ['gh'],
    supplementary: true,
    verified: true,
    note: '',
    fields: KEYS.map((key) => ({
      key,
      label: `字段${key}`,
      type: TYPES[key] ?? 'text',
      unit: '',
      required: key === 'gh',
      note: '',
      verified: true,
    })),
  };
}

const context = {
  schoolName: '基准学院',
  schoolIdentifier: null,
  periodText: '时点 2025-09-01',
  departmentName: null,
  generatedOn: '2025-09-01',
};
export const yieldNow = () => new Promise<void>((r) => setTimeout(r, 0));

export async function buildBenchXlsx(rows: readonly StoredRow[], yields = false): Promise<Uint8Array> {
  const wb = exportWorkbook([{ table: benchTable(), rows, context }]);
  return writeXlsx(wb.sheets, {
    styles: wb.styles,
    level: 1,
    progressEvery: 5000,
    ...(yields ? { onProgress: yieldNow } : {}),
  });
}
