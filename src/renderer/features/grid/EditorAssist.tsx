/**
 * What shows under the cell being edited: the option list of an enum or 是/否 cell (type to filter,
 * ↑↓ to choose, Enter or click to pick) and the live result of the typed text — the Chinese error,
 * a warning, or what will be stored (e.g. 2023/9/1 → 20230901).
 */
import type { FieldDef } from '../../../shared/catalog/catalog-types';
import { formatCellValue } from '../../../shared/values/format-cell-value';
import { readCellInput } from './model/cell-input';
import { T } from './texts';

export function optionsOf(field: FieldDef): readonly string[] {
  if (field.type === 'boolean') return [T.booleanYes, T.booleanNo];
  return field.type === 'enum' ? (field.options ?? []) : [];
}

/** Options containing the draft; all of them when the draft is empty or is itself an option. */
export function filterOptions(options: readonly string[], draft: string): readonly string[] {
  const d = draft.trim();
  if (d === '' || options.includes(d)) return options;
  return options.filter((o) => o.includes(d));
}

function hintOf(field: FieldDef): string {
  if (field.type === 'date') return T.editorHintDate;
  if (field.type === 'yearMonth') return T.editorHintYearMonth;
  if (field.type === 'boolean') return T.editorHintBoolean;
  if (field.type === 'enum') return T.editorHintEnum;
  return '';
}

export interface EditorAssistProps {
  readonly field: FieldDef;
  readonly draft: string;
  readonly options: readonly string[];
  readonly highlight: number;
  readonly left: number;
  readonly top: number;
  readonly minWidth: number;
  onPick(option: string): void;
}

export function EditorAssist({
  field,
  draft,
  options,
  highlight,
  left,
  top,
  minWidth,
  onPick,
}: EditorAssistProps) {
  const input = readCellInput(field, draft, 'typed');
  const stored = input.issue?.severity === 'error' ? null : formatCellValue(field, input.value);
  const picked =
    options.length > 0 && draft.trim() !== '' && !optionsOf(field).includes(draft.trim())
      ? options[Math.min(highlight, options.length - 1)]
      : undefined;
  const message = picked
    ? { color: '#389e0d', text: T.willPick(picked) }
    : input.issue && input.issue.code !== 'required'
      ? { color: input.issue.severity === 'error' ? '#cf1322' : '#ad4e00', text: input.issue.message }
      : stored !== null && stored !== draft.trim() && stored !== ''
        ? { color: '#389e0d', text: T.willStore(stored) }
        : null;
  const hint = hintOf(field);
  const hasList = optionsOf(field).length > 0;
  return (
    <div
      className="sdd-editor-assist"
      style={{ position: 'absolute', left, top, minWidth: Math.max(minWidth, 220), maxWidth: 420, zIndex: 5 }}
      data-testid="editor-assist"
    >
      {hasList && (
        <div
          role="listbox"
          style={{
            background: '#fff',
            border: '1px solid #d9d9d9',
            boxShadow: '0 6px 16px rgba(0,0,0,0.12)',
            maxHeight: 240,
            overflowY: 'auto',
          }}
        >
          {options.length === 0 && <div style={{ padding: '4px 8px', color: '#8c8c8c' }}>{T.noOptions}</div>}
          {options.map((o, i) => (
            <div
              key={o}
              role="option"
              aria-selected={i === highlight}
              onMouseDown={(e) => {
                // Keep the focus in the input: the pick commits through it.
                e.preventDefault();
                onPick(o);
              }}
              style={{
                padding: '4px 8px',
                cursor: 'pointer',
                background: i === highlight ? '#e6f4ff' : undefined,
              }}
            >
              {o}
            </div>
          ))}
        </div>
      )}
      {(message || hint) && (
        <div
          style={{
            background: '#fff',
            border: '1px solid #d9d9d9',
            padding: '4px 8px',
            fontSize: 12,
            marginTop: 2,
            boxShadow: '0 6px 16px rgba(0,0,0,0.08)',
          }}
        >
          {message && (
            <div style={{ color: message.color }} data-testid="editor-message">
              {message.text}
            </div>
          )}
          {hint && <div style={{ color: '#8c8c8c' }}>{hint}</div>}
        </div>
      )}
    </div>
  );
}
