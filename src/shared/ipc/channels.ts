/**
 * The IPC channel names, kept apart from the zod schemas in contract.ts so the sandboxed preload can
 * allow-list channels without bundling zod. contract.ts is checked (at compile time and in a test) to
 * declare exactly these channels.
 */
export const IPC_CHANNELS = [
  'app:info',
  'backup:dir',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:prune',
  'bundle:takeLaunchFiles',
  'sentinel:read',
  'sentinel:write',
  'file:saveAs',
  'file:open',
  'file:openMany',
  'seq:next',
  'seq:peek',
  'keys:create',
  'keys:public',
  'keys:sign',
  'report:printPdf',
] as const;

export type Channel = (typeof IPC_CHANNELS)[number];

const channelSet: ReadonlySet<string> = new Set(IPC_CHANNELS);

/** True when `name` is one of the contract's channels (a runtime guard for untyped callers). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}
