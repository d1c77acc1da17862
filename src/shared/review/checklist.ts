/**
 * The review checklist of one table at one level (docs/ARCHITECTURE.md §4). Its inputs are plain summaries —
 * counts and lists — so this module does not depend on the rule engine or the outlier analysis, which
 * produce them. High-importance failures and empty required cells block approval; medium/low failures,
 * outliers, year-over-year jumps and an empty table are soft: accepted only with a 合理性说明. Manual
 * items defined by the office must be ticked by the reviewer.
 *
 * Check ids are stable across stations and edits (`rule:<ruleId>`, `outlier:<field>:<rowId>`,
 * `yoy:<field>`), because the justifications keyed by them travel with the data to the next level.
 */
import { err, ok, type Result } from '../result';
import { listForMessage, reviewText } from './review-text';
import type { ReviewLevel } from './review-types';

export type RuleImportance = 'high' | 'medium' | 'low';
export type RuleStatus = 'pass' | 'fail' | 'skipped' | 'undecidable';

export interface RuleResultSummary {
  readonly ruleId: string;
  readonly importance: RuleImportance;
  readonly status: RuleStatus;
  readonly message: string;
  readonly rowIds?: readonly string[];
}

/** A value flagged by the outlier analysis (modified z-score or the constant-column fallback). */
export interface OutlierSummary {
  readonly fieldKey: string;
  readonly fieldLabel?: string;
  readonly rowId: string;
  readonly value: number;
  readonly score: number | null;
  readonly message?: string;
}

/** A field whose change against last year exceeds its threshold. */
export interface YoySummary {
  readonly fieldKey: string;
  readonly fieldLabel?: string;
  readonly current: number | null;
  readonly previous: number | null;
  /** Relative change (0.42 = +42 %); null when last year was 0 and the absolute change was judged. */
  readonly change: number | null;
  readonly message?: string;
}

/** A manual item the office defines; without `levels` it applies at every level. */
export interface ManualCheck {
  readonly id: string;
  readonly text: string;
  readonly levels?: readonly ReviewLevel[];
}

/** A cell a checklist item can jump to; without a field the row's first column. */
export interface CellRef {
  readonly rowId: string;
  readonly fieldKey?: string;
}

export interface ChecklistInput {
  readonly level: ReviewLevel;
  readonly rows: number;
  /** Required cells left empty (without a 留空说明). */
  readonly requiredEmpty: number;
  /** Required cells left empty with a 留空说明: explained, they do not block. */
  readonly explainedEmpty?: number;
  /** Cells whose value the field's type or format rejects (kept as typed); absent = not counted. */
  readonly typeErrors?: number;
  /** The first cell in error and the first empty required cell, for the jump from their items. */
  readonly firstError?: CellRef;
  readonly firstRequired?: CellRef;
  readonly ruleResults: readonly RuleResultSummary[];
  readonly outliers: readonly OutlierSummary[];
  readonly yoy: readonly YoySummary[];
  readonly manual: readonly ManualCheck[];
}

export type ChecklistKind = 'errors' | 'required' | 'completeness' | 'rule' | 'outlier' | 'yoy' | 'manual';
/** `hard` blocks when failed; `soft` needs a justification when failed; `manual` needs a tick; `info` never blocks. */
export type ChecklistSeverity = 'hard' | 'soft' | 'manual' | 'info';
export type ChecklistStatus = 'pass' | 'fail' | 'skipped' | 'undecidable' | 'manual';

export interface ChecklistItem {
  readonly id: string;
  readonly kind: ChecklistKind;
  readonly severity: ChecklistSeverity;
  readonly status: ChecklistStatus;
  readonly text: string;
  readonly rowIds?: readonly string[];
  readonly fieldKey?: string;
  /** Where the grid opens from this item (the first offending cell). */
  readonly cell?: CellRef;
}

export interface Checklist {
  readonly level: ReviewLevel;
  readonly items: readonly ChecklistItem[];
}

const IMPORTANCE_ORDER: Readonly<Record<RuleImportance, number>> = { high: 0, medium: 1, low: 2 };

const cellOf = (cell: CellRef | undefined, failed: boolean) => (cell && failed ? { cell } : {});

function ruleItem(r: RuleResultSummary): ChecklistItem {
  const first = r.rowIds?.[0];
  const base = {
    id: `rule:${r.ruleId}`,
    kind: 'rule' as const,
    ...(r.rowIds ? { rowIds: r.rowIds } : {}),
    ...(first !== undefined && r.status === 'fail' ? { cell: { rowId: first } } : {}),
  };
  // A rule this station cannot judge (tables held elsewhere) or skipped for missing values neither
  // passes nor fails: it is shown, and judged again at the level that holds the data.
  if (r.status === 'undecidable')
    return {
      ...base,
      severity: 'info',
      status: 'undecidable',
      text: `${r.message}（${reviewText.ruleUndecidable}）`,
    };
  if (r.status === 'skipped')
    return {
      ...base,
      severity: 'info',
      status: 'skipped',
      text: `${r.message}（${reviewText.ruleSkipped}）`,
    };
  return { ...base, severity: r.importance === 'high' ? 'hard' : 'soft', status: r.status, text: r.message };
}

function formatChange(y: YoySummary): string {
  if (y.change === null) return `${y.previous ?? '空'} → ${y.current ?? '空'}`;
  const pct = (y.change * 100).toFixed(1);
  return `${y.change > 0 ? '+' : ''}${pct}%`;
}

/** Builds the checklist of one table for one review level. */
export function buildChecklist(input: ChecklistInput): Checklist {
  const items: ChecklistItem[] = [
    ...(input.typeErrors === undefined
      ? []
      : [
          {
            id: 'errors:cells',
            kind: 'errors' as const,
            severity: 'hard' as const,
            status: input.typeErrors > 0 ? ('fail' as const) : ('pass' as const),
            text: reviewText.typeErrors(input.typeErrors),
            ...cellOf(input.firstError, input.typeErrors > 0),
          },
        ]),
    {
      id: 'required:cells',
      kind: 'required',
      severity: 'hard',
      status: input.requiredEmpty > 0 ? 'fail' : 'pass',
      text: reviewText.requiredEmpty(input.requiredEmpty, input.explainedEmpty ?? 0),
      ...cellOf(input.firstRequired, input.requiredEmpty > 0),
    },
    {
      id: 'completeness:rows',
      kind: 'completeness',
      severity: 'soft',
      status: input.rows === 0 ? 'fail' : 'pass',
      text: reviewText.noRows(input.rows),
    },
  ];
  const rules = [...input.ruleResults].sort(
    (a, b) =>
      IMPORTANCE_ORDER[a.importance] - IMPORTANCE_ORDER[b.importance] || a.ruleId.localeCompare(b.ruleId),
  );
  items.push(...rules.map(ruleItem));
  for (const o of input.outliers)
    items.push({
      id: `outlier:${o.fieldKey}:${o.rowId}`,
      kind: 'outlier',
      severity: 'soft',
      status: 'fail',
      text: o.message ?? reviewText.outlier(o.fieldLabel ?? o.fieldKey, String(o.value)),
      rowIds: [o.rowId],
      fieldKey: o.fieldKey,
      cell: { rowId: o.rowId, fieldKey: o.fieldKey },
    });
  for (const y of input.yoy)
    items.push({
      id: `yoy:${y.fieldKey}`,
      kind: 'yoy',
      severity: 'soft',
      status: 'fail',
      text: y.message ?? reviewText.yoy(y.fieldLabel ?? y.fieldKey, formatChange(y)),
      fieldKey: y.fieldKey,
    });
  for (const m of input.manual)
    if (!m.levels || m.levels.includes(input.level))
      items.push({
        id: `manual:${m.id}`,
        kind: 'manual',
        severity: 'manual',
        status: 'manual',
        text: m.text,
      });
  return { level: input.level, items };
}

export interface ApprovalBlockers {
  /** Failed hard checks: must be fixed (or the table returned). */
  readonly hard: readonly ChecklistItem[];
  /** Failed soft checks without a 合理性说明. */
  readonly unjustified: readonly ChecklistItem[];
  /** Manual items not ticked. */
  readonly unticked: readonly ChecklistItem[];
  /** Failed soft checks accepted by their justification; shown to the reviewer as such. */
  readonly accepted: readonly ChecklistItem[];
}

/** What a justification must have: non-blank text. */
const hasText = (j: { readonly text: string } | undefined): boolean =>
  j !== undefined && j.text.trim() !== '';

/** Sorts the checklist into what still blocks approval and what is accepted by a justification. */
export function approvalBlockers(
  checklist: Checklist,
  justifications: Readonly<Record<string, { readonly text: string }>>,
  ticks: readonly string[],
): ApprovalBlockers {
  const ticked = new Set(ticks);
  const hard: ChecklistItem[] = [];
  const unjustified: ChecklistItem[] = [];
  const unticked: ChecklistItem[] = [];
  const accepted: ChecklistItem[] = [];
  for (const item of checklist.items) {
    if (item.severity === 'manual') {
      if (!ticked.has(item.id)) unticked.push(item);
    } else if (item.status === 'fail') {
      if (item.severity === 'hard') hard.push(item);
      else if (item.severity === 'soft') {
        // Own-property lookup only: a check id can never reach the prototype chain.
        const j = Object.hasOwn(justifications, item.id) ? justifications[item.id] : undefined;
        (hasText(j) ? accepted : unjustified).push(item);
      }
    }
  }
  return { hard, unjustified, unticked, accepted };
}

export type ApprovalRefusalCode = 'hard-failures' | 'missing-justification' | 'unticked-manual';

/**
 * Whether the checklist allows approval. The refusal code names the most serious blocker; the message
 * lists every kind that still blocks, so the reviewer learns everything at once.
 */
export function canApprove(
  checklist: Checklist,
  justifications: Readonly<Record<string, { readonly text: string }>>,
  ticks: readonly string[],
): Result<{ readonly accepted: readonly string[] }, ApprovalRefusalCode> {
  const b = approvalBlockers(checklist, justifications, ticks);
  const texts = (items: readonly ChecklistItem[]) => listForMessage(items.map((i) => i.text));
  const parts: string[] = [];
  if (b.hard.length) parts.push(reviewText.hardFailures(b.hard.length, texts(b.hard)));
  if (b.unjustified.length)
    parts.push(reviewText.missingJustification(b.unjustified.length, texts(b.unjustified)));
  if (b.unticked.length) parts.push(reviewText.untickedManual(b.unticked.length, texts(b.unticked)));
  if (parts.length === 0) return ok({ accepted: b.accepted.map((i) => i.id) });
  const code: ApprovalRefusalCode = b.hard.length
    ? 'hard-failures'
    : b.unjustified.length
      ? 'missing-justification'
      : 'unticked-manual';
  return err(code, parts.join('；'), {
    hard: b.hard.length,
    unjustified: b.unjustified.length,
    unticked: b.unticked.length,
  });
}
