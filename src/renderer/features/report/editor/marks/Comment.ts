/**
 * 批注: a mark over the commented text carrying the comment (author, time, text, resolved). Comments
 * stay in the chapter's versions but never reach an export.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

export const Comment = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      commentId: { default: '' },
      text: { default: '' },
      author: { default: '' },
      at: { default: '' },
      resolved: { default: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'span[data-comment-id]',
        getAttrs: (el) => ({
          commentId: el.getAttribute('data-comment-id') ?? '',
          text: el.getAttribute('data-comment') ?? '',
          author: el.getAttribute('data-author') ?? '',
          at: el.getAttribute('data-at') ?? '',
        }),
      },
    ];
  },
  renderHTML({ mark, HTMLAttributes }) {
    const a = mark.attrs;
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        class: a.resolved ? 'comment is-resolved' : 'comment',
        'data-comment-id': String(a.commentId),
        'data-comment': String(a.text),
        'data-author': String(a.author),
        'data-at': String(a.at),
        title: `${String(a.author)}：${String(a.text)}`,
      }),
      0,
    ];
  },
});
