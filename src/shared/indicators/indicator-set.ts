/**
 * A workspace's indicators as one versioned set (like the catalog and the ruleset): version 1 is the
 * built-in set; the office's edits store version 2, 3, …; setup bundles carry the latest.
 */
import { z } from 'zod';
import { BUILTIN_INDICATORS } from './builtin-indicators';
import { indicatorSetSchema as indicatorListSchema } from './indicator-types';

export const indicatorSetRecordSchema = z
  .object({
    version: z.number().int().min(1),
    updatedAt: z.string().max(40),
    indicators: indicatorListSchema,
  })
  .strict();
export type IndicatorSet = z.infer<typeof indicatorSetRecordSchema>;

export function builtInIndicatorSet(at: string): IndicatorSet {
  return { version: 1, updatedAt: at, indicators: [...BUILTIN_INDICATORS] };
}
