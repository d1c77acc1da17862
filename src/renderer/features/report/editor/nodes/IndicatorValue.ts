/**
 * 指标数值: an inline live reference to an indicator. The document stores the indicator id and the
 * phrase (value, 较上年, 达到/未达到标准) and, on save, what it showed (`seen`); the text is always
 * resolved from the data source when drawn (IndicatorValueView).
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { IndicatorValueView } from './IndicatorValueView';

export const IndicatorValue = Node.create({
  name: 'indicatorValue',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      indicatorId: { default: '' },
      phrase: { default: 'value' },
      seen: { default: null, rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'span[data-indicator-id]',
        getAttrs: (el) => ({
          indicatorId: el.getAttribute('data-indicator-id') ?? '',
          phrase: ['value', 'growth', 'standard'].includes(el.getAttribute('data-phrase') ?? '')
            ? el.getAttribute('data-phrase')
            : 'value',
        }),
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-indicator-id': String(node.attrs.indicatorId),
        'data-phrase': String(node.attrs.phrase),
      }),
    ];
  },
  renderText: ({ node }) => `〔指标:${String(node.attrs.indicatorId)}〕`,
  addNodeView() {
    return ReactNodeViewRenderer(IndicatorValueView, { as: 'span', className: 'live-inline' });
  },
});
