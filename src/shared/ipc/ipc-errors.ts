/**
 * Failures the IPC layer itself produces (before or around a handler), with messages a 信息员 can read.
 * Handlers' own codes live with the handlers.
 */
import { err } from '../result';

export const IPC_ERROR_MESSAGES = {
  'ipc-unknown-channel': '程序内部错误：未知的调用通道。',
  'ipc-forbidden-sender': '请求来源不受信任，已拒绝。',
  'ipc-bad-args': '程序内部错误：调用参数不正确。',
  'ipc-internal': '操作失败：程序内部错误，请重试；如仍失败请联系管理员。',
} as const;

export type IpcErrorCode = keyof typeof IPC_ERROR_MESSAGES;

export function ipcError(code: IpcErrorCode, detail?: Readonly<Record<string, string | number>>) {
  return err(code, IPC_ERROR_MESSAGES[code], detail);
}
