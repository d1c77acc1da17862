/**
 * Chinese messages for bundle verification refusals and warnings, in one place for review. Every
 * message names its cause (file, key, department, sequence number) so a 信息员 knows what to do next.
 */
import type { BundleKind } from './manifest';

export const BUNDLE_KIND_LABELS: Readonly<Record<BundleKind, string>> = {
  registration: '注册申请',
  setup: '初始化包',
  data: '数据包',
  forward: '汇总转报包',
  feedback: '反馈包',
  receipt: '回执',
  'trust-list': '信任列表更新包',
  chapter: '章节包',
};

export const bundleMessages = {
  manifestJson: (detail: string) => `数据包清单 manifest.json 无法读取：${detail}`,
  manifestInvalid: (where: string, detail: string) => `数据包清单内容无效（${where}：${detail}）。`,
  manifestNotCanonical: () => '数据包清单不是规范格式，可能被人为改动，已拒绝。',
  unsupportedFormat: (what: string) =>
    `数据包格式不受支持（${what}），可能来自更新版本的程序或被伪造，已拒绝。`,
  wrongKind: (kind: BundleKind, expected: readonly BundleKind[]) =>
    `这是一个${BUNDLE_KIND_LABELS[kind]}，此处只接受${expected.map((k) => BUNDLE_KIND_LABELS[k]).join('或')}。`,
  signatureMalformed: () => '数据包签名 manifest.sig 格式错误（应为 64 字节签名的 base64 编码），已拒绝。',
  signatureInvalid: () => '数据包签名无效：清单在签名后被改动，或签名不属于该密钥，已拒绝。',
  unknownSigner: (keyId: string) => `数据包由未登记的密钥 ${keyId} 签名，发送方不在本站信任列表中，已拒绝。`,
  keyRevoked: (keyId: string, dept: string) => `签名密钥 ${keyId}（${dept}）已被吊销，已拒绝。`,
  wrongDepartment: (claimed: string, keyDept: string) =>
    `数据包声称来自 ${claimed}，但签名密钥登记在 ${keyDept} 名下，已拒绝。`,
  wrongRole: (claimed: string, keyRole: string) =>
    `数据包声称由${claimed}站点发出，但签名密钥登记的角色是${keyRole}，已拒绝。`,
  signerNotAllowed: (kind: BundleKind, dept: string) =>
    `${dept} 的密钥无权签发${BUNDLE_KIND_LABELS[kind]}，已拒绝。`,
  keySuperseded: (keyId: string, dept: string, newer: string) =>
    `数据包由 ${dept} 的旧密钥 ${keyId} 签名，而本站已收到其新密钥 ${newer} 签名的数据包；旧密钥的包早于已持有的数据，已拒绝。`,
  notPinnedOffice: () => '签名密钥不是本站已确认的督导室密钥，已拒绝。',
  wrongAddressee: (addressee: string, here: string) =>
    `数据包是发给 ${addressee} 的，不是本站（${here}），已拒绝。`,
  wrongYear: () => '数据包属于另一个采集年度，已拒绝。',
  unexpectedEntry: (path: string) =>
    `数据包中有清单未列出的文件 ${path}，已拒绝（可能混入了其他数据包的文件）。`,
  missingEntry: (path: string) => `数据包缺少清单列出的文件 ${path}。`,
  entryOrder: (path: string) => `数据包中文件 ${path} 的位置与清单不符，已拒绝。`,
  fileAltered: (path: string) => `文件 ${path} 已被改动（与签名清单中的校验值不符），已拒绝。`,
  tableInvalid: (path: string, detail: string) => `文件 ${path} 的内容无效：${detail}`,
  tableCodeMismatch: (path: string, code: string) => `文件 ${path} 中的表代码 ${code} 与文件名不符。`,
  tableDepartment: (path: string, dept: string, sender: string) =>
    `文件 ${path} 的数据属于 ${dept}，但数据包由 ${sender} 发出，已拒绝。`,
  rowCount: (path: string, declared: number, actual: number) =>
    `文件 ${path} 有 ${actual} 行，与清单所列 ${declared} 行不符。`,
  duplicateRow: (path: string, index: number, id: string) =>
    `文件 ${path} 第 ${index + 1} 行的记录编号 ${id} 重复，整个数据包未导入。`,
  rowInvalid: (path: string, index: number, detail: string) =>
    `文件 ${path} 第 ${index + 1} 行无效（${detail}），整个数据包未导入。`,
  expired: (expiresAt: string) => `数据包已于 ${expiresAt} 过期，请确认这不是一个被扣留的旧包。`,
  internal: () => '校验数据包时发生内部错误，数据包未导入；请将此文件交给技术人员。',
};
