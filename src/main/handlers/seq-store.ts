/**
 * Bundle sequence high-water marks per (signing key, addressee) (docs/ARCHITECTURE.md §6), in
 * userData/sequence.json — outside the restorable database, so restoring an old backup never makes
 * the station reuse a number. Each number is persisted before it is handed out; a corrupt file stops
 * exports instead of restarting at 1.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import { safeIdSchema } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { readJsonFile } from './json-file';
import { createSerialQueue } from './serial-queue';

export const SEQ_FILE_NAME = 'sequence.json';

// An array of records, not an object keyed by ids: no key can ever collide with Object.prototype.
const markSchema = z.strictObject({
  keyId: safeIdSchema,
  addressee: safeIdSchema,
  seq: z.number().int().nonnegative(),
});
type Mark = z.infer<typeof markSchema>;
const seqFileSchema = z.strictObject({
  format: z.literal('sdd-seq'),
  version: z.literal(1),
  marks: z.array(markSchema),
});

export interface SeqKey {
  readonly keyId: string;
  readonly addressee: string;
}

export interface SeqStore {
  /** Persists mark + 1 and returns it. */
  next(key: SeqKey): Promise<Result<{ seq: number }>>;
  /** The last number handed out, 0 if none. */
  peek(key: SeqKey): Promise<Result<{ seq: number }>>;
}

export function createSeqStore(filePath: string): SeqStore {
  const serial = createSerialQueue();

  async function load(): Promise<Result<Mark[]>> {
    const file = await readJsonFile(filePath);
    if (file.kind === 'missing') return ok([]);
    if (file.kind === 'ok') {
      const parsed = seqFileSchema.safeParse(file.value);
      if (parsed.success) return ok(parsed.data.marks);
    }
    return err(
      'seq-store-corrupt',
      '数据包序号记录文件（sequence.json）已损坏。为避免重复使用序号，已暂停导出数据包，请联系管理员。',
    );
  }

  const find = (marks: Mark[], key: SeqKey) =>
    marks.find((m) => m.keyId === key.keyId && m.addressee === key.addressee);

  return {
    peek: (key) =>
      serial(async () => {
        const marks = await load();
        if (!marks.ok) return marks;
        return ok({ seq: find(marks.value, key)?.seq ?? 0 });
      }),
    next: (key) =>
      serial(async () => {
        const marks = await load();
        if (!marks.ok) return marks;
        const current = find(marks.value, key)?.seq ?? 0;
        if (current >= Number.MAX_SAFE_INTEGER)
          return err('seq-exhausted', '数据包序号已用尽，请更换签名密钥。');
        const seq = current + 1;
        const others = marks.value.filter((m) => m !== find(marks.value, key));
        const next: Mark[] = [...others, { keyId: key.keyId, addressee: key.addressee, seq }];
        try {
          await mkdir(dirname(filePath), { recursive: true });
          await writeFileAtomic(
            filePath,
            `${JSON.stringify({ format: 'sdd-seq', version: 1, marks: next }, null, 1)}\n`,
          );
        } catch (e) {
          // Nothing was handed out: the old mark is still on disk, so a retry stays monotonic.
          return err('seq-write-failed', '无法保存数据包序号（磁盘已满或无写入权限），未导出。', {
            reason: String(e),
          });
        }
        return ok({ seq });
      }),
  };
}
