/**
 * The floors of the storage benches (docs/ARCHITECTURE.md §8): bare IndexedDB doing the same work the same way —
 * the same 1,000-row blocks under the same compound key, one strict-durability transaction for the
 * write, one getAll over the slice's key range plus flatten for the read. No Dexie, no audit, no hashing.
 */
import type { StoredRow } from '../../shared/records/record-types';

const STORE = 'blocks';

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function openRawDb(name: string): Promise<IDBDatabase> {
  await promised(indexedDB.deleteDatabase(name));
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(STORE, {
      keyPath: ['workspaceId', 'tableCode', 'departmentCode', 'blockNo'],
    });
  };
  return promised(req);
}

export function rawBlockPut(
  db: IDBDatabase,
  ws: string,
  table: string,
  dept: string,
  rows: readonly StoredRow[],
  blockSize: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(STORE);
    for (let i = 0, n = 0; i < rows.length; i += blockSize, n++) {
      store.put({
        workspaceId: ws,
        tableCode: table,
        departmentCode: dept,
        blockNo: n,
        rows: rows.slice(i, i + blockSize),
      });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function rawBlockLoad(
  db: IDBDatabase,
  ws: string,
  table: string,
  dept: string,
): Promise<StoredRow[]> {
  const tx = db.transaction(STORE, 'readonly');
  const range = IDBKeyRange.bound([ws, table, dept], [ws, table, dept, []]);
  const blocks = (await promised(tx.objectStore(STORE).getAll(range))) as Array<{ rows: StoredRow[] }>;
  let n = 0;
  for (const b of blocks) n += b.rows.length;
  const out = new Array<StoredRow>(n);
  let i = 0;
  for (const b of blocks) for (const r of b.rows) out[i++] = r;
  return out;
}
