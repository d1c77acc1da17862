/**
 * Chinese messages for refusals of the zip container (docs/SECURITY.md Z1–Z5), kept in one place for review.
 * Each names the cause and, where there is one, the entry, so a 信息员 can tell a damaged copy from a
 * hostile file.
 */
const MiB = 1024 * 1024;
const mb = (n: number): string => (n >= MiB ? `${Math.round((n / MiB) * 10) / 10} MB` : `${n} 字节`);

export const containerMessages = {
  archiveTooLarge: (size: number, cap: number) => `数据包文件过大（${mb(size)}），超过上限 ${mb(cap)}。`,
  tooManyEntries: (count: number, cap: number) => `数据包包含 ${count} 个条目，超过上限 ${cap} 个，已拒绝。`,
  entryTooLarge: (name: string, cap: number) =>
    `数据包中的 ${name} 解压后超过单个文件上限 ${mb(cap)}，已拒绝（可能是压缩炸弹）。`,
  totalTooLarge: (cap: number) => `数据包解压后的总大小超过上限 ${mb(cap)}，已拒绝（可能是压缩炸弹）。`,
  damaged: (what: string) => `数据包已损坏或不完整（${what}），请重新拷贝或向发送方索取。`,
  unsupported: (what: string) => `数据包格式不受支持（${what}），不是本系统导出的数据包。`,
  encrypted: (name: string) => `数据包中的 ${name} 被加密，本系统不接受加密条目。`,
  unsafeName: (name: string) => `数据包包含不允许的条目名 ${name}，已拒绝。`,
  duplicate: (name: string) => `数据包中 ${name} 出现了两次，已拒绝（可能被人为篡改）。`,
  order: (name: string, expected: string) => `数据包条目顺序不正确：此处应为 ${expected}，实为 ${name}。`,
  missingEntry: (name: string) => `数据包缺少 ${name}。`,
  trailingBytes: (name: string) =>
    `数据包中的 ${name} 在压缩数据结束后还藏有多余字节，不是规范的数据包，已拒绝（可能被人为篡改）。`,
};

/** Shows an untrusted name safely: control and non-ASCII characters escaped, length cut. */
export function displayName(raw: string): string {
  const escaped = raw.replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > 80 ? `${escaped.slice(0, 77)}…` : escaped;
}
