/**
 * Typing while a live node (指标数值, or any inline atom) is selected — as it is after the arrow keys
 * step onto it — writes next to the node instead of over it: before it when the left arrow got there,
 * after it otherwise. A Chinese IME would otherwise compose into
 * a selection the browser cannot edit and the composed text is lost; plain typing would silently
 * replace the live value with a typed one. The node is removed only by Backspace or Delete.
 */
import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

type Side = 'before' | 'after';

/** A collapsed cursor beside the selected inline atom, or null when something else is selected. */
function besideSelectedAtom(state: EditorState, side: Side): Transaction | null {
  const sel = state.selection;
  if (!(sel instanceof NodeSelection) || !sel.node.isInline || !sel.node.isAtom) return null;
  return state.tr.setSelection(TextSelection.create(state.doc, side === 'before' ? sel.from : sel.to));
}

/** keyCode 229: the key went to an input method, which is about to start (or continue) composing. */
const IME_KEY = 229;

export const LiveNodeTyping = Extension.create({
  name: 'liveNodeTyping',
  addProseMirrorPlugins() {
    // Per editor: which way the last arrow key went, so the text lands on the side the user came to.
    let side: Side = 'after';
    const stepOff = (view: EditorView) => {
      const tr = besideSelectedAtom(view.state, side);
      if (tr) view.dispatch(tr);
    };
    return [
      new Plugin({
        props: {
          handleKeyDown(view, event) {
            if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') side = 'before';
            else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') side = 'after';
            else if (event.keyCode === IME_KEY) stepOff(view);
            return false;
          },
          handleClickOn() {
            side = 'after';
            return false;
          },
          handleDOMEvents: {
            compositionstart(view) {
              stepOff(view);
              return false;
            },
          },
          handleTextInput(view, _from, _to, text) {
            const tr = besideSelectedAtom(view.state, side);
            if (!tr) return false;
            view.dispatch(tr.insertText(text));
            return true;
          },
        },
      }),
    ];
  },
});
