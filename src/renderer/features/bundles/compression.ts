/**
 * Compression of bundle entries with the platform's own deflate (CompressionStream 'deflate-raw', in
 * the browser and in Electron's renderer alike), falling back to fflate where it is missing (Node
 * tests). The container only needs (method, compressed bytes, CRC of the raw bytes); the content
 * hashes are unaffected, so any compressor gives the same bundle (DESIGN.md §3).
 */
import { crc32 } from '../../../shared/bundle/crc32';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { fflateCompressor, type CompressedEntry } from '../../../shared/bundle/zip-writer';

const METHOD_DEFLATE = 8;
/** Below this size the stream's setup costs more than fflate's work. */
const STREAM_MIN_BYTES = 64 * 1024;

export async function deflateRawStream(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function compressEntry(bytes: Uint8Array): Promise<CompressedEntry> {
  if (typeof CompressionStream === 'undefined' || bytes.length < STREAM_MIN_BYTES) return fflateCompressor(1)(bytes);
  return { method: METHOD_DEFLATE, data: await deflateRawStream(bytes), crc32: crc32(bytes), size: bytes.length };
}

/** Files with their `compressed` form filled in (entries compress concurrently). */
export async function precompress(files: readonly BundleFileInput[]): Promise<BundleFileInput[]> {
  return Promise.all(files.map(async (f) => (f.compressed !== undefined ? f : { ...f, compressed: await compressEntry(f.bytes) })));
}
