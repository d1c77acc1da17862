/**
 * Turns the 63 draft entries into 64 table drafts: the combined `A7-1-2/A7-1-3` entry becomes two tables
 * and the unofficial `(A1/A9-1 附)` summary gets an ASCII code and is marked supplementary. All other
 * entries pass through one to one. Codes must be ASCII ids safe in file names (docs/catalog-mapping.md §2).
 */
import { TABLE_CODE_PATTERN } from '../catalog-types';
import type { DraftEntry, DraftField } from '../draft/draft-types';

export interface TableDraft {
  readonly code: string;
  readonly officialCode?: string;
  readonly name: string;
  readonly supplementary: boolean;
  /** Explanation put in front of the table note (split, supplementary). */
  readonly mappingNote: string;
  readonly entry: DraftEntry;
  readonly fields: readonly DraftField[];
}

export const COMBINED_LEADER_CODE = 'A7-1-2/A7-1-3';

/**
 * How the combined 专业带头人/专业负责人 fields split. Both tables identify a person in a major; the
 * representative research achievement describes a 带头人. The two 是否专业带头人/是否专业负责人 flags only
 * told the rows apart in the combined table and are dropped: the table itself now says it.
 */
export const LEADER_SPLIT = {
  'A7-1-2': {
    name: '专业带头人表',
    keys: [
      'majorid',
      'employeeid',
      'leaderyear',
      'projectname',
      'projectsummary',
      'projectaward',
      'awarddate',
      'coopration',
    ],
  },
  'A7-1-3': { name: '专业负责人表', keys: ['majorid', 'employeeid', 'headyear'] },
} as const;
export const LEADER_SPLIT_DROPPED: readonly string[] = ['ismajorleader', 'ismajorhead'];

export const SUMMARY_DRAFT_CODE = '(A1/A9-1 附)';
export const SUMMARY_CODE = 'A1-X1';

export function expandDraftEntries(entries: readonly DraftEntry[]): TableDraft[] {
  const out: TableDraft[] = [];
  for (const entry of entries) {
    const fields = entry.fields ?? [];
    if (entry.code === COMBINED_LEADER_CODE) {
      for (const [code, split] of Object.entries(LEADER_SPLIT)) {
        const keys: readonly string[] = split.keys;
        out.push({
          code,
          name: split.name,
          supplementary: false,
          mappingNote: '专业带头人与专业负责人分两张表填报。',
          entry,
          fields: keys.map((k) => {
            const f = fields.find((d) => d.key === k);
            if (f === undefined)
              throw new Error(`expandDraftEntries: ${COMBINED_LEADER_CODE} has no field ${k}`);
            return f;
          }),
        });
      }
      continue;
    }
    if (entry.code === SUMMARY_DRAFT_CODE) {
      out.push({
        code: SUMMARY_CODE,
        officialCode: entry.code,
        name: `${entry.name}（本工具补充表）`,
        supplementary: true,
        mappingNote: '本工具的补充表，不是国家状态数据表；用于汇总在校生规模与招生情况。',
        entry,
        fields,
      });
      continue;
    }
    if (!TABLE_CODE_PATTERN.test(entry.code))
      throw new Error(`expandDraftEntries: unmapped draft code ${entry.code}`);
    out.push({
      code: entry.code,
      ...(entry.altCode !== undefined ? { officialCode: entry.altCode } : {}),
      name: entry.name,
      supplementary: false,
      mappingNote: '',
      entry,
      fields,
    });
  }
  return out;
}
