/** Attributes of the report's 附表 node: a reference to an annex table by id (the title as last seen). */
import { z } from 'zod';
import { ANNEX_ID_PATTERN } from './annex-types';

export const annexTableAttrs = z.object({
  annexId: z.string().regex(ANNEX_ID_PATTERN),
  title: z.string().max(100).default(''),
});
export type AnnexTableAttrs = z.infer<typeof annexTableAttrs>;
