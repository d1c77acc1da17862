// Rollover bench: 新建下一学年 of a locked year vs copying its blocks, through src/renderer/bench/rollover-bench.ts.
import { pageBench } from './page-bench.mjs';

export const rolloverBench = pageBench('rollover', 'runRolloverBench');
