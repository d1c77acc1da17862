/**
 * Words people and spreadsheets use for yes/no. Excel copies its own booleans as TRUE/FALSE; Chinese
 * forms use 是/否 and ticks. Anything else (有/无, 对/错 …) is refused rather than guessed.
 */
import { fullWidthToHalf } from './full-width';

const TRUE_WORDS: ReadonlySet<string> = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘']);

/** `text` is trimmed and non-empty; returns null when it is not a recognised yes/no word. */
export function readBooleanText(text: string): boolean | null {
  const s = fullWidthToHalf(text).trim().toUpperCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}
