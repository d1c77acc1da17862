/**
 * Receipts (docs/ARCHITECTURE.md §6): the receiver's signed acknowledgement that it imported a bundle. The sender
 * imports the receipt like any bundle (signature, trust list, sequence) and then sees, for a bundle it
 * sent, that exactly this bundleHash arrived and what the receiver stored from it.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { err, ok, type Result } from '../result';
import { parseBoundedJson } from './bounded-json';
import type { BundleFileInput } from './bundle-writer';
import { BUNDLE_KINDS, HEX_SHA256, KEY_ID_PATTERN, OFFICE_ADDRESSEE, type Manifest } from './manifest';

export const RECEIPT_ENTRY = 'files/receipt.json';

export const receiptPayloadSchema = z
  .object({
    format: z.literal('sdd-receipt'),
    version: z.literal(1),
    bundleHash: z.string().regex(HEX_SHA256),
    kind: z.enum(BUNDLE_KINDS),
    seq: z.number().int().min(1),
    senderKeyId: z.string().regex(KEY_ID_PATTERN),
    senderDepartment: z.string().regex(DEPARTMENT_CODE_PATTERN),
    importedAt: z.string().max(40),
    /** What the receiver stored: row counts per slice. */
    slices: z
      .array(
        z
          .object({
            tableCode: z.string().max(40),
            departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
            rows: z.number().int().min(0),
          })
          .strict(),
      )
      .max(2000),
  })
  .strict();
export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>;

export function receiptFiles(payload: ReceiptPayload): BundleFileInput[] {
  return [{ path: RECEIPT_ENTRY, bytes: new TextEncoder().encode(canonicalJson(payload)) }];
}

/** Reads the receipt payload out of a verified receipt bundle's files. */
export function readReceiptPayload(files: ReadonlyMap<string, Uint8Array>): Result<ReceiptPayload> {
  const raw = files.get(RECEIPT_ENTRY);
  if (raw === undefined) return err('receipt-invalid', '回执缺少 receipt.json。');
  const json = parseBoundedJson(raw, { maxBytes: 1024 * 1024, maxDepth: 6 }, RECEIPT_ENTRY);
  if (!json.ok) return json;
  const parsed = receiptPayloadSchema.safeParse(json.value);
  return parsed.success ? ok(parsed.data) : err('receipt-invalid', '回执内容无效，已拒绝。');
}

/** What the sender recorded of a bundle it sent (its log entry). */
export interface SentBundle {
  readonly bundleHash: string;
  readonly direction: 'sent' | 'received';
  readonly addressee: string;
  readonly kind: string;
  readonly seq: number;
  readonly keyId: string;
}

/**
 * Whether a verified receipt may confirm `sent`: only the station the bundle was addressed to can say it
 * arrived (a summary department cannot confirm what a department sent the office), and the receipt must
 * name the bundle as it was sent. Checked at preview and again inside the commit.
 */
export function receiptConfirms(
  signer: Manifest['sender'],
  payload: Pick<ReceiptPayload, 'bundleHash' | 'kind' | 'seq' | 'senderKeyId'>,
  sent: SentBundle | undefined,
): Result<null> {
  if (sent === undefined || sent.direction !== 'sent')
    return err('receipt-unknown', '回执确认的数据包不是本站发出的，已拒绝。');
  const from = signer.stationRole === 'office' ? OFFICE_ADDRESSEE : signer.departmentCode;
  if (sent.addressee !== from)
    return err(
      'receipt-wrong-signer',
      `回执由 ${from} 签名，但该数据包是发给 ${sent.addressee} 的；只有收件方能确认收到，已拒绝。`,
    );
  if (
    sent.bundleHash !== payload.bundleHash ||
    sent.kind !== payload.kind ||
    sent.seq !== payload.seq ||
    sent.keyId !== payload.senderKeyId
  )
    return err('receipt-invalid', '回执中的数据包信息与本站发出的记录不符，已拒绝。');
  return ok(null);
}
