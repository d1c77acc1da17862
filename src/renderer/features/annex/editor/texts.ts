/** UI text of the 附表 node and its toolbar button, zh-CN. */
export const T = {
  insert: '插入附表',
  caption: (title: string) => `附表\u3000${title}`,
  deleted: (title: string) => `附表“${title}”已删除，无法显示`,
};
