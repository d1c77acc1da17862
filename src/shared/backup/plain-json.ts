/**
 * Whether a stored value is plain JSON data (what canonical JSON can write and JSON.parse gives back
 * unchanged). IndexedDB can also hold CryptoKeys, Blobs, Dates, Maps and typed arrays; canonicalJson
 * would flatten those to `{}` silently, so the backup writer asks first and refuses or skips instead.
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'undefined':
      // canonicalJson drops undefined members; JSON.parse gives them back as absent: same record.
      return depth > 0;
    case 'object': {
      if (Array.isArray(value)) return value.every((v) => v !== undefined && isPlainJson(v, depth + 1));
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value as Record<string, unknown>).every((v) => isPlainJson(v, depth + 1));
    }
    default:
      return false;
  }
}
