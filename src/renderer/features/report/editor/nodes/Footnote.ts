/**
 * 脚注: an inline atom holding its note's text, drawn as a superscript number (numbered in document
 * order by a CSS counter in the editor; the exports number them the same way).
 */
import { mergeAttributes, Node } from '@tiptap/core';

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: { default: '' } };
  },
  parseHTML() {
    return [
      { tag: 'sup[data-footnote]', getAttrs: (el) => ({ text: el.getAttribute('data-footnote') ?? '' }) },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const text = String(node.attrs.text);
    return [
      'sup',
      mergeAttributes(HTMLAttributes, { 'data-footnote': text, class: 'footnote-ref', title: text }),
    ];
  },
  renderText: ({ node }) => `〔注:${String(node.attrs.text)}〕`,
});
