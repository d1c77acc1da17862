/** What the page benches return to bench/run.mjs, and the small statistics they share. */

export interface PageBenchResult {
  readonly name: string;
  readonly ms: number;
  readonly floorMs?: number;
  readonly ratio?: number;
  readonly goal?: number;
  readonly goalMs?: number;
  readonly rows: number;
  readonly runsMs?: { readonly ours: number[]; readonly floor?: number[] };
}

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** "200k" for 200000, the number itself otherwise: the size in a figure's name. */
export const sizeLabel = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

export function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
