/** The block node the editor's selection is on (a chart, data table or image), for the side panel. */
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';

export interface SelectedNode {
  readonly type: string;
  readonly attrs: Record<string, unknown>;
  readonly pos: number;
}

const PANEL_TYPES = new Set(['chart', 'dataTable', 'image']);

function read(editor: Editor): SelectedNode | null {
  const sel = editor.state.selection;
  if (!(sel instanceof NodeSelection) || !PANEL_TYPES.has(sel.node.type.name)) return null;
  return { type: sel.node.type.name, attrs: { ...sel.node.attrs }, pos: sel.from };
}

/** `onSelect` runs when a panel node becomes selected (not on every change of the same node). */
export function useSelectedNode(
  editor: Editor | null,
  onSelect: (node: SelectedNode) => void,
): SelectedNode | null {
  const [node, setNode] = useState<SelectedNode | null>(null);
  useEffect(() => {
    if (!editor) return;
    let lastPos: number | null = null;
    const update = () => {
      const next = read(editor);
      setNode(next);
      if (next && next.pos !== lastPos) onSelect(next);
      lastPos = next?.pos ?? null;
    };
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor, onSelect]);
  return editor ? node : null;
}

/** Replaces the attributes of the node at `pos` (one undoable step) and keeps it selected. */
export function setNodeAttrs(editor: Editor, pos: number, attrs: Record<string, unknown>): void {
  const tr = editor.state.tr.setNodeMarkup(pos, undefined, attrs);
  tr.setSelection(NodeSelection.create(tr.doc, pos));
  editor.view.dispatch(tr);
}
