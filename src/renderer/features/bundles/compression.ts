/**
 * Compression of bundle entries with the platform's own deflate (CompressionStream 'deflate-raw', in
 * the browser and in Electron's renderer alike), falling back to fflate where it is missing (Node
 * tests). The container only needs (method, compressed bytes, CRC of the raw bytes); the content
 * hashes are unaffected, so any compressor gives the same bundle (docs/ARCHITECTURE.md §6).
 */
import { crc32 } from '../../../shared/bundle/crc32';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { fflateCompressor, type CompressedEntry } from '../../../shared/bundle/zip-writer';

const METHOD_DEFLATE = 8;
/** Below this size the stream's setup costs more than fflate's work. */
const STREAM_MIN_BYTES = 64 * 1024;

export async function deflateRawStream(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function compressEntry(bytes: Uint8Array): Promise<CompressedEntry> {
  if (typeof CompressionStream === 'undefined' || bytes.length < STREAM_MIN_BYTES)
    return fflateCompressor(1)(bytes);
  return {
    method: METHOD_DEFLATE,
    data: await deflateRawStream(bytes),
    crc32: crc32(bytes),
    size: bytes.length,
  };
}

/** SHA-256 hex by WebCrypto (native speed); undefined where it is missing, so the writer hashes itself. */
async function platformSha256(bytes: Uint8Array): Promise<string | undefined> {
  if (globalThis.crypto?.subtle === undefined || bytes.length < STREAM_MIN_BYTES) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Files with their `compressed` form and platform SHA-256 filled in (entries are processed concurrently). */
export async function precompress(files: readonly BundleFileInput[]): Promise<BundleFileInput[]> {
  return Promise.all(
    files.map(async (f) => {
      const [compressed, sha256] = await Promise.all([
        f.compressed ?? compressEntry(f.bytes),
        f.sha256 ?? platformSha256(f.bytes),
      ]);
      return { ...f, compressed, ...(sha256 === undefined ? {} : { sha256 }) };
    }),
  );
}
