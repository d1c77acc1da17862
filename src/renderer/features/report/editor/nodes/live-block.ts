/**
 * The shared shape of the block-level live nodes (图表, 数据表, 典型案例): an atom whose attributes are
 * its whole content, kept as JSON in one data attribute so copy and paste inside the editor round-trips.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';

export function liveBlockNode(
  name: string,
  defaults: Record<string, unknown>,
  view: ComponentType<ReactNodeViewProps>,
) {
  const attr = `data-${name.toLowerCase()}`;
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    addAttributes() {
      return Object.fromEntries(
        Object.entries(defaults).map(([k, v]) => [k, { default: v, rendered: false }]),
      );
    },
    parseHTML() {
      return [
        {
          tag: `div[${attr}]`,
          getAttrs: (el) => {
            try {
              const v: unknown = JSON.parse(el.getAttribute(attr) ?? '');
              return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : false;
            } catch {
              return false;
            }
          },
        },
      ];
    },
    renderHTML({ node, HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { [attr]: JSON.stringify(node.attrs) })];
    },
    addNodeView() {
      return ReactNodeViewRenderer(view);
    },
  });
}
