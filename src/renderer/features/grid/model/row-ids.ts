/**
 * Ids for rows the grid adds: RFC 4122 version 4 UUIDs, like shared/ids.ts newUuid, but drawn from a
 * pooled buffer of CSPRNG bytes. crypto.randomUUID makes one platform call per id; a 10,000-row paste
 * needs 10,000 ids, and one getRandomValues call per 256 ids costs a fraction of that.
 */
const IDS_PER_FILL = 256;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

let pool = new Uint8Array(0);
let next = 0;

export function newRowId(): string {
  if (next >= pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(16 * IDS_PER_FILL));
    next = 0;
  }
  const o = next;
  next += 16;
  pool[o + 6] = ((pool[o + 6] as number) & 0x0f) | 0x40; // version 4
  pool[o + 8] = ((pool[o + 8] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const h = (i: number) => HEX[pool[o + i] as number] as string;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}
