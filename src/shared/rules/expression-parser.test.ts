import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExprNode } from './expression-ast';
import { MAX_NESTING_DEPTH, parseExpression } from './expression-parser';
import { MAX_EXPRESSION_LENGTH, MAX_LITERAL_LENGTH, tokenize } from './expression-tokens';

/** Compact S-expression of a tree, to assert shape and precedence. */
function show(n: ExprNode): string {
  switch (n.type) {
    case 'number':
    case 'boolean':
      return String(n.value);
    case 'string':
      return JSON.stringify(n.value);
    case 'null':
      return 'null';
    case 'ident':
      return n.name;
    case 'table':
      return `#${n.code}`;
    case 'member':
      return `${show(n.table)}.${n.field.name}`;
    case 'unary':
      return `(${n.op} ${show(n.arg)})`;
    case 'binary':
      return `(${n.op} ${show(n.left)} ${show(n.right)})`;
    case 'call':
      return `${n.name}(${n.distinct ? 'distinct ' : ''}${n.args.map(show).join(', ')}${n.where ? ` where ${show(n.where)}` : ''})`;
  }
}

function parse(src: string): string {
  const r = parseExpression(src);
  if (!r.ok) throw new Error(r.error.message);
  return show(r.value);
}

function parseError(src: string) {
  const r = parseExpression(src);
  if (r.ok) throw new Error(`expected an error for ${src}`);
  return r.error;
}

describe('tokenizer', () => {
  it('reads table codes as one token and keeps subtraction for other operands', () => {
    const kinds = (s: string) =>
      tokenize(s).ok
        ? (tokenize(s) as { value: { kind: string; text: string }[] }).value.map((t) => `${t.kind}:${t.text}`)
        : [];
    expect(kinds('A10-1')).toEqual(['table:A10-1', 'eof:']);
    expect(kinds('A7-6-2.就业数')).toEqual(['table:A7-6-2', 'op:.', 'ident:就业数', 'eof:']);
    expect(kinds('A1-X1')).toEqual(['table:A1-X1', 'eof:']);
    expect(kinds('x-1')).toEqual(['ident:x', 'op:-', 'number:1', 'eof:']);
    expect(kinds('A3 - 1')).toEqual(['table:A3', 'op:-', 'number:1', 'eof:']);
    expect(kinds('A3-x')).toEqual(['table:A3', 'op:-', 'ident:x', 'eof:']);
    expect(kinds('Abc-1')).toEqual(['ident:Abc', 'op:-', 'number:1', 'eof:']);
  });

  it('reads Chinese labels with full-width punctuation as one identifier', () => {
    const r = tokenize('其中：学生宿舍（公寓） + 教学、科研仪器设备—资产总值 + “三校生”—就业数');
    expect(r.ok && r.value.filter((t) => t.kind === 'ident').map((t) => t.text)).toEqual([
      '其中：学生宿舍（公寓）',
      '教学、科研仪器设备—资产总值',
      '“三校生”—就业数',
    ]);
  });

  it('treats full-width parentheses after an ASCII word as grouping', () => {
    expect(parse('count（A10-1）')).toBe('count(#A10-1)');
  });

  it('reads Chinese keywords only as whole words', () => {
    expect(parse('非学校产权校舍建筑面积 > 0')).toBe('(> 非学校产权校舍建筑面积 0)');
    expect(parse('非 a 且 b 或 c')).toBe('(or (and (not a) b) c)');
    expect(parse('是否双师素质教师 = 是')).toBe('(= 是否双师素质教师 true)');
  });

  it('reads names of Object.prototype members as names, not as keywords', () => {
    expect(parse('constructor > 0')).toBe('(> constructor 0)');
    expect(parse('toString = 1 and __proto__ = 2')).toBe('(and (= toString 1) (= __proto__ 2))');
    expect(parse('A10-1.hasOwnProperty > valueOf')).toBe('(> #A10-1.hasOwnProperty valueOf)');
  });

  it('reads backquoted names, strings with escapes and decimals', () => {
    expect(parse('`学校名称(全称)` = "a\\"b"')).toBe('(= 学校名称(全称) "a\\"b")');
    expect(parse("x = 'y'")).toBe('(= x "y")');
    expect(parse('x <= 12.50')).toBe('(<= x 12.5)');
  });
});

describe('parser', () => {
  it('follows arithmetic, comparison and boolean precedence', () => {
    expect(parse('1 + 2 * 3 - 4 / 2 % 3')).toBe('(- (+ 1 (* 2 3)) (% (/ 4 2) 3))');
    expect(parse('a + b <= c * 2 and not d or e')).toBe('(or (and (<= (+ a b) (* c 2)) (not d)) e)');
    expect(parse('-(a + b) * -c')).toBe('(* (- (+ a b)) (- c))');
    expect(parse('not a = b')).toBe('(not (= a b))');
  });

  it('reads every comparison operator, with <> and == as aliases', () => {
    for (const [src, op] of [
      ['=', '='],
      ['==', '='],
      ['!=', '!='],
      ['<>', '!='],
      ['<', '<'],
      ['<=', '<='],
      ['>', '>'],
      ['>=', '>='],
    ] as const) {
      expect(parse(`a ${src} b`)).toBe(`(${op} a b)`);
    }
  });

  it('reads member access, aggregates with where and distinct, and scalar calls', () => {
    expect(parse('sum(A7-6-2.对口就业数) <= sum(A7-6-2.就业数)')).toBe(
      '(<= sum(#A7-6-2.对口就业数) sum(#A7-6-2.就业数))',
    );
    expect(parse('count(A6-1-1 where 是否双师素质教师 = 是)')).toBe(
      'count(#A6-1-1 where (= 是否双师素质教师 true))',
    );
    expect(parse('count(distinct A10-1.专业代码)')).toBe('count(distinct #A10-1.专业代码)');
    expect(parse('if(a > 0, round(b / a, 2), 0)')).toBe('if((> a 0), round((/ b a), 2), 0)');
    expect(parse('prev(count(A10-1))')).toBe('prev(count(#A10-1))');
  });

  it('rejects chained comparisons and stray tokens with a position', () => {
    const e = parseError('a < b < c');
    expect(e.message).toContain('比较运算不能连用');
    expect(e.detail?.position).toBe(6);
    expect(parseError('a b').detail?.position).toBe(2);
    expect(parseError('(a + b').message).toContain('右括号');
    expect(parseError('a +').message).toContain('不完整');
    expect(parseError('a.b.c').message).toContain('一层');
  });
});

describe('malicious input', () => {
  it('turns 10 000 nested parentheses into a clean error', () => {
    // 10 000 characters exceed the length limit before any parsing happens.
    const huge = parseError(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`);
    expect(huge.code).toBe('too-long');
    const e = parseError(`${'('.repeat(1999)}1${')'.repeat(1999)}`);
    expect(e.code).toBe('too-deep');
    expect(e.message).toContain(`${MAX_NESTING_DEPTH}`);
  });

  it('caps nesting within the length limit too', () => {
    expect(parseError(`${'('.repeat(1000)}1${')'.repeat(1000)}`).code).toBe('too-deep');
    expect(parseError(`${'-'.repeat(1000)}1`).code).toBe('too-deep');
    expect(parseError(`${'not '.repeat(500)}a`).code).toBe('too-deep');
    expect(parseError(`${'f('.repeat(500)}1${')'.repeat(500)}`).code).toBe('too-deep');
  });

  it('caps the height of long operator chains', () => {
    expect(parseError(Array.from({ length: 1500 }, () => '1').join('+')).code).toBe('too-deep');
  });

  it('rejects over-long expressions, strings, numbers and names', () => {
    expect(parseError('1'.repeat(MAX_EXPRESSION_LENGTH + 1)).code).toBe('too-long');
    expect(parseError(`"${'x'.repeat(MAX_LITERAL_LENGTH + 1)}"`).code).toBe('literal-too-long');
    expect(parseError('1'.repeat(40)).code).toBe('literal-too-long');
    expect(parseError('字'.repeat(300)).code).toBe('literal-too-long');
  });

  it('rejects unknown characters and unterminated quotes', () => {
    expect(parseError('a ; b').message).toContain('无法识别的字符');
    expect(parseError('"abc').message).toContain('引号没有闭合');
    expect(parseError('`abc').message).toContain('反引号');
  });

  it('never throws on arbitrary input', () => {
    const pieces = fc.constantFrom(
      '(',
      ')',
      'A10-1',
      '.',
      '就业数',
      ' where ',
      '-',
      '+',
      '*',
      '<=',
      '"x"',
      '`a',
      ',',
      'count',
      'not ',
      '1',
      '（',
      '）',
      '是',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(pieces, { maxLength: 300 }).map((xs) => xs.join('')),
        ),
        (src) => {
          const r = parseExpression(src);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(typeof r.error.detail?.position).toBe('number');
        },
      ),
      { numRuns: 500 },
    );
  });
});
