// @vitest-environment happy-dom
import { Editor, Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveNodeTyping } from './live-node-typing';

/** The 指标数值 node's schema, without its React view. */
const Live = Node.create({
  name: 'indicatorValue',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({ indicatorId: { default: '' } }),
  parseHTML: () => [{ tag: 'span[data-live]' }],
  renderHTML: () => ['span', { 'data-live': '' }, '150人'],
  renderText: () => '〔150人〕',
});

let editor: Editor;
afterEach(() => editor.destroy());

function setup(): Editor {
  editor = new Editor({
    extensions: [StarterKit, Live, LiveNodeTyping],
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '教师' },
            { type: 'indicatorValue', attrs: { indicatorId: 't' } },
            { type: 'text', text: '左右' },
          ],
        },
      ],
    },
  });
  // The live node is at position 3 (paragraph opens at 0, 教师 takes 1–2).
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, 3)));
  return editor;
}

function key(ed: Editor, init: KeyboardEventInit): void {
  ed.view.someProp('handleKeyDown', (f) => f(ed.view, new KeyboardEvent('keydown', init)));
}

function typeText(ed: Editor, text: string): boolean {
  const { from, to } = ed.state.selection;
  return ed.view.someProp('handleTextInput', (f) => f(ed.view, from, to, text, () => ed.state.tr)) ?? false;
}

describe('LiveNodeTyping', () => {
  it('writes typed text after a selected live node instead of replacing it', () => {
    const ed = setup();
    expect(typeText(ed, '约')).toBe(true);
    expect(ed.state.doc.textContent).toBe('教师约左右');
    let lives = 0;
    ed.state.doc.descendants((n) => void (n.type.name === 'indicatorValue' && lives++));
    expect(lives).toBe(1);
  });

  it('writes before the node when the left arrow selected it', () => {
    const ed = setup();
    key(ed, { key: 'ArrowLeft' });
    ed.view.dispatch(ed.state.tr.setSelection(NodeSelection.create(ed.state.doc, 3)));
    typeText(ed, '约');
    const para = ed.state.doc.firstChild!;
    expect(para.child(0).text).toBe('教师约');
    expect(para.child(1).type.name).toBe('indicatorValue');
  });

  it('moves the cursor beside the node when an input method starts composing (keyCode 229)', () => {
    const ed = setup();
    key(ed, { key: 'ArrowRight' });
    key(ed, { key: 'Process', keyCode: 229 });
    expect(ed.state.selection.empty).toBe(true);
    expect(ed.state.selection.from).toBe(4);
  });

  it('leaves a text selection to the editor', () => {
    const ed = setup();
    ed.commands.setTextSelection({ from: 1, to: 3 });
    expect(typeText(ed, '约')).toBe(false);
  });
});
