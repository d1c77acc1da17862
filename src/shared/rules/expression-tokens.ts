/**
 * Tokenizer of the rule expression language (docs/rules.md).
 *
 * Why the table-code rule: codes such as `A7-6-2` or `A10-1` contain '-', which is also subtraction.
 * A token that starts with an uppercase ASCII letter immediately followed by a digit is read greedily
 * as a table code `[A-Z][0-9]+(-[0-9A-Z]+)*`. Field keys are lowercase ASCII and labels are Chinese, so
 * no field name starts that way; subtraction between codes or after one needs spaces (`A3 - 1`) or a
 * non-code operand (`x-1` is x minus 1, because identifiers never contain ASCII '-').
 *
 * Why identifiers accept some full-width punctuation: official field labels read like
 * `其中：学生宿舍（公寓）` or `教学、科研仪器设备—资产总值`; forcing quotes on every one of them would make
 * the rules unreadable. Anything else (ASCII parentheses, '/', '-', spaces) needs backquotes.
 */
import { err, ok, type Result } from '../result';

export const MAX_EXPRESSION_LENGTH = 4000;
export const MAX_LITERAL_LENGTH = 500;
export const MAX_NUMBER_LENGTH = 30;
export const MAX_IDENTIFIER_LENGTH = 200;

export type TokenKind = 'number' | 'string' | 'ident' | 'table' | 'keyword' | 'op' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Normalized text: keywords lowercased/ascii-fied, full-width '（），' mapped to ASCII operators. */
  readonly text: string;
  /** 0-based offset of the first character in the source. */
  readonly pos: number;
  readonly end: number;
  /** Backquoted identifier: never a keyword, may name a table in table position. */
  readonly quoted?: boolean;
}

export type ExpressionErrorCode =
  | 'too-long'
  | 'syntax'
  | 'literal-too-long'
  | 'too-deep'
  | 'unknown-function'
  | 'unknown-table'
  | 'unknown-field'
  | 'bad-arguments'
  | 'bad-context';

/** Keywords and their canonical spelling; Chinese 且/或/非/是/否 only when standing alone. */
const KEYWORDS: Readonly<Record<string, string>> = {
  and: 'and',
  且: 'and',
  or: 'or',
  或: 'or',
  not: 'not',
  非: 'not',
  where: 'where',
  distinct: 'distinct',
  true: 'true',
  是: 'true',
  false: 'false',
  否: 'false',
  null: 'null',
  空: 'null',
};

const TWO_CHAR_OPS = new Set(['<=', '>=', '!=', '<>', '==']);
const ONE_CHAR_OPS = new Set(['(', ')', ',', '.', '+', '-', '*', '/', '%', '=', '<', '>']);
const FULL_WIDTH_OPS: Readonly<Record<string, string>> = { '（': '(', '）': ')', '，': ',' };
/** Full-width punctuation that may continue a label (see header). */
const LABEL_PUNCT = new Set(['—', '–', '－', '：', '、', '·', '“', '”', '‘', '’', '《', '》', '％']);

const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;
const TABLE_SEGMENT = /[0-9A-Z]/;

export function positionText(pos: number): string {
  return `第 ${pos + 1} 个字符处`;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000';
}

function isIdentStart(c: string): boolean {
  return c === '_' || c === '“' || LETTER.test(c);
}

function isIdentPart(c: string): boolean {
  return c === '_' || DIGIT.test(c) || LETTER.test(c) || /\p{N}/u.test(c) || LABEL_PUNCT.has(c);
}

function isAsciiUpper(c: string | undefined): boolean {
  return c !== undefined && c >= 'A' && c <= 'Z';
}

/** Splits an expression into tokens; the last token is always `eof`. Never throws. */
export function tokenize(src: string): Result<Token[], ExpressionErrorCode> {
  if (src.length > MAX_EXPRESSION_LENGTH) {
    return err('too-long', `表达式过长（${src.length} 个字符），最多 ${MAX_EXPRESSION_LENGTH} 个字符`, {
      position: MAX_EXPRESSION_LENGTH,
    });
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isAsciiUpper(c) && DIGIT.test(src.charAt(i + 1))) {
      i = scanTableCode(src, i);
      tokens.push({ kind: 'table', text: src.slice(start, i), pos: start, end: i });
      continue;
    }
    if (DIGIT.test(c)) {
      while (DIGIT.test(src.charAt(i))) i++;
      if (src.charAt(i) === '.' && DIGIT.test(src.charAt(i + 1))) {
        i++;
        while (DIGIT.test(src.charAt(i))) i++;
      }
      if (i - start > MAX_NUMBER_LENGTH) {
        return err('literal-too-long', `${positionText(start)}的数字过长，最多 ${MAX_NUMBER_LENGTH} 位`, {
          position: start,
        });
      }
      tokens.push({ kind: 'number', text: src.slice(start, i), pos: start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      const r = scanString(src, i, c);
      if (!r.ok) return r;
      i = r.value.end;
      tokens.push({ kind: 'string', text: r.value.text, pos: start, end: i });
      continue;
    }
    if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close < 0) return err('syntax', `${positionText(start)}的反引号没有闭合`, { position: start });
      const name = src.slice(i + 1, close).trim();
      if (name.length === 0)
        return err('syntax', `${positionText(start)}的反引号内为空`, { position: start });
      if (name.length > MAX_IDENTIFIER_LENGTH) {
        return err(
          'literal-too-long',
          `${positionText(start)}的名称过长，最多 ${MAX_IDENTIFIER_LENGTH} 个字符`,
          { position: start },
        );
      }
      i = close + 1;
      tokens.push({ kind: 'ident', text: name, pos: start, end: i, quoted: true });
      continue;
    }
    if (isIdentStart(c)) {
      i = scanIdentifier(src, i);
      const word = src.slice(start, i);
      if (word.length > MAX_IDENTIFIER_LENGTH) {
        return err(
          'literal-too-long',
          `${positionText(start)}的名称过长，最多 ${MAX_IDENTIFIER_LENGTH} 个字符`,
          { position: start },
        );
      }
      // Own keys only: `constructor` or `__proto__` are names, not keywords found on Object.prototype.
      const lower = word.toLowerCase();
      const kw = Object.hasOwn(KEYWORDS, lower) ? KEYWORDS[lower] : undefined;
      tokens.push(
        kw === undefined
          ? { kind: 'ident', text: word, pos: start, end: i }
          : { kind: 'keyword', text: kw, pos: start, end: i },
      );
      continue;
    }
    const two = src.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({
        kind: 'op',
        text: two === '<>' ? '!=' : two === '==' ? '=' : two,
        pos: start,
        end: i + 2,
      });
      i += 2;
      continue;
    }
    const mapped = FULL_WIDTH_OPS[c] ?? c;
    if (ONE_CHAR_OPS.has(mapped)) {
      tokens.push({ kind: 'op', text: mapped, pos: start, end: i + 1 });
      i++;
      continue;
    }
    return err('syntax', `${positionText(start)}有无法识别的字符“${c}”`, { position: start });
  }
  tokens.push({ kind: 'eof', text: '', pos: src.length, end: src.length });
  return ok(tokens);
}

function scanTableCode(src: string, i: number): number {
  let j = i + 1;
  while (DIGIT.test(src.charAt(j))) j++;
  // A '-' continues the code only when a code segment follows it directly.
  while (src.charAt(j) === '-' && TABLE_SEGMENT.test(src.charAt(j + 1))) {
    j += 2;
    while (TABLE_SEGMENT.test(src.charAt(j))) j++;
  }
  return j;
}

/**
 * A full-width '（' belongs to a Chinese label (`入学日期（年月）`) but is a plain parenthesis after an
 * ASCII word (`count（A10-1）` typed with a Chinese IME): it joins the identifier only if the word so
 * far has a non-ASCII character, and '）' only closes one it opened.
 */
function scanIdentifier(src: string, i: number): number {
  let j = i;
  let open = 0;
  let nonAscii = false;
  for (;;) {
    const ch = src.charAt(j);
    if (ch === '') break;
    if (ch === '（' && nonAscii) open++;
    else if (ch === '）' && open > 0) open--;
    else if (!isIdentPart(ch)) break;
    if (ch.charCodeAt(0) > 127) nonAscii = true;
    j++;
  }
  return j;
}

function scanString(
  src: string,
  i: number,
  quote: string,
): Result<{ text: string; end: number }, ExpressionErrorCode> {
  let j = i + 1;
  let text = '';
  while (j < src.length) {
    const ch = src.charAt(j);
    if (ch === quote) {
      return ok({ text, end: j + 1 });
    }
    if (ch === '\\' && j + 1 < src.length) {
      text += src.charAt(j + 1);
      j += 2;
    } else {
      text += ch;
      j++;
    }
    if (text.length > MAX_LITERAL_LENGTH) {
      return err('literal-too-long', `${positionText(i)}的文本过长，最多 ${MAX_LITERAL_LENGTH} 个字符`, {
        position: i,
      });
    }
  }
  return err('syntax', `${positionText(i)}的引号没有闭合`, { position: i });
}
