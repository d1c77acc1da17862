/**
 * The grid's one input element. While a cell is selected it sits over that cell, transparent, drawing
 * the active-cell frame, and holds the keyboard focus — so typed characters and IME compositions land
 * in a real text field from the first keystroke. Typing (or a composition starting) turns it into the
 * visible editor in place. Enter that confirms an IME candidate arrives with isComposing set and is left
 * to the IME: it neither commits nor moves.
 */
import {
  useEffect,
  useState,
  type ClipboardEvent,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useStore } from 'zustand';
import { EditorAssist, filterOptions, optionsOf } from './EditorAssist';
import { clearSelection, copySelection, pasteClipboard } from './grid-commands';
import { handleSelectionKey, type KeyContext } from './grid-keys';
import type { GridStore } from './grid-store';
import type { CellEdit } from './use-cell-edit';
import { T } from './texts';

export interface CellBounds {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface CellEditorProps {
  readonly store: GridStore;
  readonly inputRef: RefObject<HTMLTextAreaElement | null>;
  /** The active cell relative to the grid wrapper; null when it is scrolled out of view. */
  readonly bounds: CellBounds | null;
  readonly edit: CellEdit;
  readonly keys: Omit<KeyContext, 'startEdit'>;
}

const BASE: CSSProperties = {
  position: 'absolute',
  boxSizing: 'border-box',
  margin: 0,
  resize: 'none',
  outline: 'none',
  overflow: 'hidden',
  font: '13px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
  lineHeight: '20px',
  padding: '5px 6px',
  border: '2px solid #1677ff',
  whiteSpace: 'pre',
};

export function CellEditor({ store, inputRef, bounds, edit, keys }: CellEditorProps) {
  const editing = useStore(store.api, (s) => s.editing);
  const column = useStore(store.api, (s) => (s.editing ? s.columns[s.editing.col] : undefined));
  const [draft, setDraft] = useState('');
  const [highlight, setHighlight] = useState(0);
  const field = column?.kind === 'field' ? column.field : null;
  const options = field && editing ? filterOptions(optionsOf(field), draft) : [];

  const editKey = editing ? `${editing.col}:${editing.row}` : null;
  useEffect(() => {
    // A new edit (from typing, F2 or a double-click) starts from what the input holds.
    setDraft(inputRef.current?.value ?? '');
    setHighlight(0);
  }, [editKey, inputRef]);

  const begin = (mode: 'enter' | 'edit', initial: string, keepValue = false) => {
    if (edit.startEdit(mode, initial, keepValue)) keys.reveal(store.api.getState().selection.active);
  };
  const pickText = (): string | undefined => {
    const value = inputRef.current?.value ?? '';
    const all = field ? optionsOf(field) : [];
    // Enter on a filtered list takes the highlighted option, unless the text already is an option.
    if (options.length > 0 && value.trim() !== '' && !all.includes(value.trim()))
      return options[Math.min(highlight, options.length - 1)];
    return undefined;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!editing) {
      handleSelectionKey(e, { ...keys, startEdit: (mode, initial) => begin(mode, initial) });
      return;
    }
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const listOpen = options.length > 0;
    switch (e.key) {
      case 'Enter':
        e.preventDefault();
        if (e.altKey) {
          const el = e.currentTarget;
          el.setRangeText('\n', el.selectionStart, el.selectionEnd, 'end');
          setDraft(el.value);
          return;
        }
        edit.commit(pickText(), { key: 'Enter', shift: e.shiftKey });
        return;
      case 'Tab':
        e.preventDefault();
        edit.commit(pickText(), { key: 'Tab', shift: e.shiftKey });
        return;
      case 'Escape':
        e.preventDefault();
        edit.cancel();
        setDraft('');
        return;
      case 'F2':
        e.preventDefault();
        store.api.setState({ editing: { ...editing, mode: editing.mode === 'enter' ? 'edit' : 'enter' } });
        return;
      case 'ArrowUp':
      case 'ArrowDown':
        if (listOpen) {
          e.preventDefault();
          const d = e.key === 'ArrowDown' ? 1 : -1;
          setHighlight((h) => (h + d + options.length) % options.length);
          return;
        }
        if (editing.mode === 'enter') {
          e.preventDefault();
          edit.commit(undefined, { key: e.key, shift: false });
        }
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (editing.mode === 'enter') {
          e.preventDefault();
          edit.commit(undefined, { key: e.key, shift: false });
        }
        return;
      default:
    }
  };

  const onInput = () => {
    const value = inputRef.current?.value ?? '';
    if (!editing) {
      begin('enter', value, true);
      return;
    }
    setDraft(value);
    setHighlight(0);
  };

  const onClipboard = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (editing) return;
    e.preventDefault();
    if (e.type === 'paste') {
      pasteClipboard(store, e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html'));
      return;
    }
    const out = copySelection(store);
    e.clipboardData.setData('text/plain', out.text);
    e.clipboardData.setData('text/html', out.html);
    if (e.type === 'cut') clearSelection(store, T.actions.cut);
  };

  const visible = bounds !== null;
  const style: CSSProperties = editing
    ? {
        ...BASE,
        left: bounds?.left ?? 0,
        top: bounds?.top ?? 0,
        width: Math.max(bounds?.width ?? 120, 120),
        height: Math.max(bounds?.height ?? 34, 34),
        background: '#fff',
        color: '#000',
        zIndex: 4,
        boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
      }
    : {
        ...BASE,
        left: bounds?.left ?? 0,
        top: bounds?.top ?? 0,
        width: bounds?.width ?? 1,
        height: bounds?.height ?? 1,
        background: 'transparent',
        color: 'transparent',
        caretColor: 'transparent',
        pointerEvents: 'none',
        opacity: visible ? 1 : 0,
        zIndex: 2,
      };

  return (
    <>
      <textarea
        ref={inputRef}
        data-testid="grid-input"
        aria-label={T.cellInput}
        spellCheck={false}
        autoComplete="off"
        style={style}
        onKeyDown={onKeyDown}
        onInput={onInput}
        onCompositionStart={() => {
          if (!store.api.getState().editing) begin('enter', '', true);
        }}
        onCopy={onClipboard}
        onCut={onClipboard}
        onPaste={onClipboard}
      />
      {editing && field && bounds && (
        <EditorAssist
          field={field}
          draft={draft}
          options={options}
          highlight={highlight}
          left={bounds.left}
          top={bounds.top + Math.max(bounds.height, 34)}
          minWidth={bounds.width}
          onPick={(o) => edit.commit(o, { key: 'Enter', shift: false })}
        />
      )}
    </>
  );
}
