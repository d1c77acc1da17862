/** A small protocol and refusal texts for the Worker protocol's own unit tests. */
export type TestProto = {
  readonly double: { readonly req: number; readonly res: number; readonly progress: string };
  readonly bytes: { readonly req: Uint8Array; readonly res: Uint8Array };
  readonly boom: { readonly req: null; readonly res: never };
};

export const TEST_TEXTS = {
  timeout: (s: number) => `超过 ${s} 秒，已中止。`,
  crashed: '处理进程异常退出。',
  closed: '已取消。',
};
