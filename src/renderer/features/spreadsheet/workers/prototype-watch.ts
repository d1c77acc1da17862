/**
 * Notices prototype pollution (CVE-2023-30533: a comment whose ref is "__proto__" gives every object a
 * `c` property in SheetJS 0.18.5). Parsing runs in this disposable Worker, so the page is never touched;
 * but the Worker's own results would be computed on polluted prototypes, so a change refuses the file.
 */
const WATCHED: readonly object[] = [
  Object.prototype,
  Array.prototype,
  String.prototype,
  Number.prototype,
  Function.prototype,
  Boolean.prototype,
];

type Snapshot = Map<object, Map<PropertyKey, unknown>>;

export function snapshotPrototypes(): Snapshot {
  const snap: Snapshot = new Map();
  for (const proto of WATCHED) {
    const props = new Map<PropertyKey, unknown>();
    for (const key of Reflect.ownKeys(proto))
      props.set(key, Object.getOwnPropertyDescriptor(proto, key)?.value);
    snap.set(proto, props);
  }
  return snap;
}

/** True when any watched prototype gained, lost or changed a property since `before`. */
export function prototypesChanged(before: Snapshot): boolean {
  for (const proto of WATCHED) {
    const was = before.get(proto);
    const keys = Reflect.ownKeys(proto);
    if (!was || keys.length !== was.size) return true;
    for (const key of keys) {
      if (!was.has(key) || was.get(key) !== Object.getOwnPropertyDescriptor(proto, key)?.value) return true;
    }
  }
  return false;
}
