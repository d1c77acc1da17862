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
  /** false: printed next to its goal but not gated, while the goal is not met yet (bench/run.mjs). */
  readonly gated?: false;
}

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The ratio of ours to the floor, robust to a busy machine: each run of ours is paired with the floor
 * run next to it (the benches alternate A B A B …), and the ratio is the median of the pairs' ratios, so
 * a burst of load that slows one pair does not move the figure as it moves either median alone.
 */
export function pairedRatio(ours: readonly number[], floor: readonly number[]): number {
  const n = Math.min(ours.length, floor.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) ratios.push((ours[i] as number) / (floor[i] as number));
  return round2(median(ratios));
}

/** "200k" for 200000, the number itself otherwise: the size in a figure's name. */
export const sizeLabel = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

export function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
