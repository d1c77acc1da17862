/** Turns a finding's node path (child indices from the doc) into an editor position and selects it. */
import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

export function positionOfPath(editor: Editor, path: readonly number[]): number | null {
  let node = editor.state.doc;
  let pos = 0;
  for (const index of path) {
    if (index >= node.childCount) return null;
    // Positions inside a node start one after its opening token (the doc has none).
    let offset = node.type.name === 'doc' ? 0 : 1;
    for (let i = 0; i < index; i++) offset += node.child(i).nodeSize;
    pos += offset;
    node = node.child(index);
  }
  return pos;
}

export function jumpTo(editor: Editor, path: readonly number[]): void {
  const pos = positionOfPath(editor, path);
  if (pos === null) return;
  const node = editor.state.doc.nodeAt(pos);
  const sel =
    node && (node.isAtom || node.type.name === 'image')
      ? NodeSelection.create(editor.state.doc, pos)
      : TextSelection.near(editor.state.doc.resolve(Math.min(pos + 1, editor.state.doc.content.size)));
  editor.view.dispatch(editor.state.tr.setSelection(sel).scrollIntoView());
  editor.view.focus();
  const dom = editor.view.nodeDOM(pos);
  if (dom instanceof HTMLElement) {
    dom.classList.add('jump-flash');
    setTimeout(() => dom.classList.remove('jump-flash'), 1500);
  }
}
