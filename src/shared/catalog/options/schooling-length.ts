/**
 * 学制 / 修业年限 of 高职 programmes in years. Kept as an integer field bounded by this range rather than
 * an enum, because the indicators compute with it (折合在校生, 毕业年级); 2–5 covers 二年制 … 五年一贯制.
 */
export const SCHOOLING_YEARS = { min: 2, max: 5 } as const;
