/**
 * Reads untrusted manifest bytes: bounded JSON (J1), then the fixed format, version and algorithm
 * before anything else (B12 — an unknown `alg` must never select a weaker check), then the strict
 * schema, then a byte-for-byte comparison with the canonical form so one manifest has one encoding.
 */
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import { parseBoundedJson } from './bounded-json';
import { bundleMessages as m } from './bundle-messages';
import { BUNDLE_ALG, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, manifestSchema, type Manifest } from './manifest';

export type ManifestErrorCode = 'json-invalid' | 'manifest-invalid' | 'unsupported-format';

const MANIFEST_DEPTH = 6;

export function readManifest(raw: Uint8Array, maxBytes: number): Result<Manifest, ManifestErrorCode> {
  const parsed = parseBoundedJson(raw, { maxBytes, maxDepth: MANIFEST_DEPTH }, 'manifest.json');
  if (!parsed.ok) return err('json-invalid', parsed.error.message);
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return err('manifest-invalid', m.manifestInvalid('整体', '不是对象'));
  const head = value as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT)
    return err('unsupported-format', m.unsupportedFormat(`format=${shown(head.format)}`));
  if (head.formatVersion !== BUNDLE_FORMAT_VERSION) {
    return err('unsupported-format', m.unsupportedFormat(`formatVersion=${shown(head.formatVersion)}`));
  }
  if (head.alg !== BUNDLE_ALG)
    return err('unsupported-format', m.unsupportedFormat(`alg=${shown(head.alg)}`));
  const manifest = manifestSchema.safeParse(value);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    return err('manifest-invalid', m.manifestInvalid(issue?.path.join('.') || '整体', issue?.message ?? ''));
  }
  if (!sameBytes(new TextEncoder().encode(canonicalJson(value)), raw))
    return err('manifest-invalid', m.manifestNotCanonical());
  return ok(manifest.data);
}

function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined');
  return s.length > 30 ? `${s.slice(0, 27)}…` : s;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
