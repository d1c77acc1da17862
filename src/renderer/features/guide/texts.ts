/** UI text of the 开始使用 page (zh-CN). */
export const G = {
  menu: '开始使用',
  title: '开始使用',
  intro: (station: string) =>
    `${station}的工作按下面的顺序进行。每一步的状态都来自本站的数据，做完会自动打勾。`,
  state: { done: '已完成', current: '下一步', todo: '待办' },
  loading: '正在读取本站的进度…',
} as const;
