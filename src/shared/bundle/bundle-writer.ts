/**
 * Writes a signed bundle: manifest.json (canonical JSON, the signed bytes), manifest.sig (base64 of the
 * 64-byte Ed25519 signature over exactly those bytes), then the payload files in manifest order. The
 * container is deterministic for a given compressor; what counts, though, is the signed content, since
 * deflate output differs between implementations (docs/ARCHITECTURE.md §6).
 */
import { err, ok, type Result } from '../result';
import { sha256Hex } from '../hash';
import { bytesToBase64 } from '../base64';
import { SIGNATURE_BYTES } from './ed25519-keys';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from './entry-names';
import {
  BUNDLE_ALG,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleHashOf,
  manifestBytes as encodeManifest,
  manifestSchema,
  type Manifest,
  type ManifestFields,
} from './manifest';
import {
  encodeZip,
  fflateCompressor,
  type CompressedEntry,
  type EntryCompressor,
  type ZipEntryInput,
} from './zip-writer';
import { METHOD_STORED } from './zip-format';
import { crc32 } from './crc32';

export interface BundleFileInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Row count of a tables/ file (shown in the import preview before parsing). */
  readonly rows?: number;
  /** Already-compressed form of `bytes` (e.g. from node:zlib or CompressionStream); trusted as given. */
  readonly compressed?: CompressedEntry;
  /** SHA-256 (hex) of `bytes` computed by the platform (e.g. WebCrypto); trusted as given like `compressed`. */
  readonly sha256?: string;
}

export interface WriteBundleInput {
  readonly manifestFields: ManifestFields;
  readonly files: readonly BundleFileInput[];
  /** Signs the raw manifest bytes; in Electron this crosses to the main process's key vault. */
  readonly sign: (manifestBytes: Uint8Array) => Uint8Array;
  /** Compressor for entries without `compressed`; default fflate level 1. */
  readonly compress?: EntryCompressor;
}

export interface WrittenBundle {
  readonly bytes: Uint8Array;
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  readonly bundleHash: string;
}

export type WriteBundleErrorCode = 'manifest-invalid' | 'signature-invalid' | 'too-large';

export function writeBundle(input: WriteBundleInput): Result<WrittenBundle, WriteBundleErrorCode> {
  const prepared = prepareManifest(input.manifestFields, input.files);
  if (!prepared.ok) return prepared;
  return assembleBundle(prepared.value, input.sign(prepared.value.raw), input.files, input.compress);
}

/** The validated manifest and its raw (signed) bytes, before any signature exists. */
export interface PreparedManifest {
  readonly manifest: Manifest;
  readonly raw: Uint8Array;
}

/** Step 1 of writing: hash the files and build the canonical manifest (split out so signing may be async). */
export function prepareManifest(
  manifestFields: ManifestFields,
  files: readonly BundleFileInput[],
): Result<PreparedManifest, WriteBundleErrorCode> {
  const candidate: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    alg: BUNDLE_ALG,
    ...manifestFields,
    files: files.map((f) => ({
      path: f.path,
      sha256: f.sha256 ?? sha256Hex(f.bytes),
      size: f.bytes.length,
      ...(f.rows === undefined ? {} : { rows: f.rows }),
    })),
  };
  const parsed = manifestSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      'manifest-invalid',
      `数据包清单无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  for (const f of files) {
    if (f.compressed !== undefined && f.compressed.size !== f.bytes.length) {
      return err('manifest-invalid', `文件 ${f.path} 的压缩数据与原文长度不符。`);
    }
  }
  return ok({ manifest: parsed.data, raw: encodeManifest(parsed.data) });
}

/** Step 2: the container around a prepared manifest and its signature. */
export function assembleBundle(
  prepared: PreparedManifest,
  signature: Uint8Array,
  files: readonly BundleFileInput[],
  compressor?: EntryCompressor,
): Result<WrittenBundle, WriteBundleErrorCode> {
  const { manifest, raw } = prepared;
  if (signature.length !== SIGNATURE_BYTES)
    return err('signature-invalid', '签名长度不是 64 字节，无法写出数据包。');
  const compress = compressor ?? fflateCompressor(1);
  const sigText = new TextEncoder().encode(bytesToBase64(signature));
  const entries: ZipEntryInput[] = [
    { name: MANIFEST_ENTRY, ...compress(raw) },
    {
      name: SIGNATURE_ENTRY,
      method: METHOD_STORED,
      data: sigText,
      crc32: crc32(sigText),
      size: sigText.length,
    },
    ...files.map((f) => ({ name: f.path, ...(f.compressed ?? compress(f.bytes)) })),
  ];
  let bytes: Uint8Array;
  try {
    bytes = encodeZip(entries);
  } catch {
    return err('too-large', '数据包超过 zip 格式的 4 GB 上限，无法写出。');
  }
  return ok({ bytes, manifest, manifestBytes: raw, bundleHash: bundleHashOf(raw) });
}

/**
 * writeBundle with an asynchronous signer: the Electron key vault signs over IPC and WebCrypto keys
 * sign with a promise. A signing failure (wrong passphrase, missing key) comes back as its own error.
 */
export async function writeBundleAsync(
  input: Omit<WriteBundleInput, 'sign'> & {
    readonly sign: (manifestBytes: Uint8Array) => Promise<Result<Uint8Array>>;
  },
): Promise<Result<WrittenBundle>> {
  const prepared = prepareManifest(input.manifestFields, input.files);
  if (!prepared.ok) return prepared;
  const signature = await input.sign(prepared.value.raw);
  if (!signature.ok) return signature;
  return assembleBundle(prepared.value, signature.value, input.files, input.compress);
}
