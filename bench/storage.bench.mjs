// Storage benches: IndexedDB in headless Chromium (not Node), through src/renderer/bench/storage-bench.ts.
import { pageBench } from './page-bench.mjs';

export const storageBench = pageBench('storage', 'runStorageBench');
