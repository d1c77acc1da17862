/**
 * Test kit: unpack a valid bundle into (name, bytes) entries and pack an edited list again as a
 * well-formed zip, so tests can tamper with content while the container stays valid.
 */
import { readBundleContainer } from '../zip-reader';
import { encodeZip, fflateCompressor, type EntryCompressor } from '../zip-writer';

export interface PlainEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function unpack(bundle: Uint8Array): PlainEntry[] {
  const r = readBundleContainer(bundle);
  if (!r.ok) throw new Error(`unpack: ${r.error.message}`);
  return [
    { name: 'manifest.json', bytes: r.value.manifestBytes },
    { name: 'manifest.sig', bytes: new TextEncoder().encode(r.value.sigText) },
    ...[...r.value.entries].map(([name, bytes]) => ({ name, bytes })),
  ];
}

export function pack(
  entries: readonly PlainEntry[],
  compress: EntryCompressor = fflateCompressor(1),
): Uint8Array {
  return encodeZip(entries.map((e) => ({ name: e.name, ...compress(e.bytes) })));
}

export function rezip(
  bundle: Uint8Array,
  edit: (entries: PlainEntry[]) => PlainEntry[],
  compress?: EntryCompressor,
): Uint8Array {
  return pack(edit(unpack(bundle)), compress);
}

export const text = (b: Uint8Array): string => new TextDecoder().decode(b);
export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
