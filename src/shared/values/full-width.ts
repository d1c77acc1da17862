/**
 * Width and whitespace normalisation for cell input. Chinese IMEs in full-width mode produce '１２３',
 * '，', '．', '％', '－' and the ideographic space; Excel/WPS keep whatever the user typed. Values of
 * number, date, code and ID-card columns are ASCII by definition, so those parsers fold widths first;
 * free text keeps its characters (a '（' in a name is the user's choice, not noise).
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Folds full-width ASCII (U+FF01…U+FF5E) and the ideographic space to their half-width forms. */
export function fullWidthToHalf(text: string): string {
  // Fast path: most pasted cells are already ASCII or ordinary CJK, and paste runs over 200,000 cells.
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= FULL_WIDTH_START && c <= FULL_WIDTH_END) || c === IDEOGRAPHIC_SPACE) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULL_WIDTH_START && c <= FULL_WIDTH_END) out += String.fromCharCode(c - FULL_TO_HALF_OFFSET);
    else if (c === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}

// String.prototype.trim already removes ASCII whitespace, NBSP, U+3000 and the BOM; zero-width characters
// (left behind by web pages and some IMEs) are invisible in a cell yet break matching, so they go too.
const EDGE_INVISIBLES = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

/**
 * Removes leading and trailing whitespace, including full-width and zero-width spaces.
 * docs/domain.md §1 rule 3: " 男" breaks aggregation, so no cell keeps edge spaces.
 */
export function trimCell(text: string): string {
  return text.replace(EDGE_INVISIBLES, '');
}
