// Enterprise .docx import bench: a 50-page Word document with 30 photos imported into the report editor,
// next to mammoth's conversion alone, in headless Chromium through src/renderer/bench/docx-import-bench.ts.
import { pageBench } from './page-bench.mjs';

export const docxImportBench = pageBench('docx-import', 'runDocxImportBench');
