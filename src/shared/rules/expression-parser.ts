/**
 * Pratt parser of the rule expression language. Both the nesting of the input (parentheses, unary
 * operators, call arguments) and the height of the resulting tree are capped, so hostile input such
 * as 10 000 opening parentheses or `1+1+1+…` ends in a clean error instead of a stack overflow in the
 * parser, the compiler or the evaluator.
 */
import { err, ok, type Result } from '../result';
import type { BinaryOp, ExprNode, IdentNode, TableNode } from './expression-ast';
import { positionText, tokenize, type ExpressionErrorCode, type Token } from './expression-tokens';

export const MAX_NESTING_DEPTH = 40;
export const MAX_TREE_HEIGHT = 200;

const BINARY_POWER: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '=': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const NOT_POWER = 3;
const NEG_POWER = 7;
const COMPARISON_POWER = 4;

/** Thrown only inside this module and turned into a Result at the boundary. */
class ParseFailure extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

class Parser {
  private i = 0;
  private readonly heights = new WeakMap<ExprNode, number>();

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): ExprNode {
    const node = this.expr(0, 0);
    const t = this.peek();
    if (t.kind !== 'eof') this.fail('syntax', t.pos, `${positionText(t.pos)}多余的“${t.text}”`);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  private fail(code: ExpressionErrorCode, pos: number, message: string): never {
    throw new ParseFailure(code, pos, message);
  }

  private isOp(t: Token, text: string): boolean {
    return t.kind === 'op' && t.text === text;
  }

  private expect(text: string, what: string): Token {
    const t = this.peek();
    if (!this.isOp(t, text)) {
      const found = t.kind === 'eof' ? '表达式结尾' : `“${t.text}”`;
      this.fail('syntax', t.pos, `${positionText(t.pos)}应为${what}，实际是${found}`);
    }
    return this.next();
  }

  private height(n: ExprNode): number {
    return this.heights.get(n) ?? 1;
  }

  private track<T extends ExprNode>(node: T, ...children: ExprNode[]): T {
    let h = 0;
    for (const c of children) h = Math.max(h, this.height(c));
    if (h + 1 > MAX_TREE_HEIGHT) {
      this.fail(
        'too-deep',
        node.pos,
        `${positionText(node.pos)}表达式过于复杂（运算层级超过 ${MAX_TREE_HEIGHT}），请拆分规则`,
      );
    }
    this.heights.set(node, h + 1);
    return node;
  }

  private expr(minPower: number, depth: number): ExprNode {
    if (depth > MAX_NESTING_DEPTH) {
      const t = this.peek();
      this.fail('too-deep', t.pos, `${positionText(t.pos)}嵌套过深（超过 ${MAX_NESTING_DEPTH} 层）`);
    }
    let left = this.prefix(depth);
    for (;;) {
      const t = this.peek();
      const op = t.kind === 'op' || t.kind === 'keyword' ? t.text : '';
      const power = BINARY_POWER[op];
      if (power === undefined || power <= minPower) break;
      this.next();
      const right = this.expr(power, depth + 1);
      left = this.track(
        { type: 'binary', op: op as BinaryOp, left, right, pos: left.pos, end: right.end },
        left,
        right,
      );
      if (power === COMPARISON_POWER) {
        const after = this.peek();
        if (
          BINARY_POWER[after.text] === COMPARISON_POWER &&
          (after.kind === 'op' || after.kind === 'keyword')
        ) {
          this.fail(
            'syntax',
            after.pos,
            `${positionText(after.pos)}比较运算不能连用，请用 and 连接（如 a <= b and b <= c）`,
          );
        }
      }
    }
    return left;
  }

  private prefix(depth: number): ExprNode {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        return { type: 'number', value: Number(t.text), pos: t.pos, end: t.end };
      case 'string':
        return { type: 'string', value: t.text, pos: t.pos, end: t.end };
      case 'table':
        return this.postfix({ type: 'table', code: t.text, pos: t.pos, end: t.end });
      case 'ident':
        if (!t.quoted && this.isOp(this.peek(), '(')) return this.call(t, depth);
        return this.postfix({
          type: 'ident',
          name: t.text,
          quoted: t.quoted === true,
          pos: t.pos,
          end: t.end,
        });
      case 'keyword':
        return this.keyword(t, depth);
      case 'op':
        if (t.text === '(') {
          const inner = this.expr(0, depth + 1);
          this.expect(')', '右括号“)”');
          return inner;
        }
        if (t.text === '-' || t.text === '+') {
          const arg = this.expr(NEG_POWER, depth + 1);
          if (t.text === '+') return arg;
          return this.track({ type: 'unary', op: '-', arg, pos: t.pos, end: arg.end }, arg);
        }
        return this.fail('syntax', t.pos, `${positionText(t.pos)}不应出现“${t.text}”`);
      case 'eof':
        return this.fail('syntax', t.pos, `${positionText(t.pos)}表达式不完整`);
    }
  }

  private keyword(t: Token, depth: number): ExprNode {
    switch (t.text) {
      case 'true':
      case 'false':
        return { type: 'boolean', value: t.text === 'true', pos: t.pos, end: t.end };
      case 'null':
        return { type: 'null', pos: t.pos, end: t.end };
      case 'not': {
        const arg = this.expr(NOT_POWER, depth + 1);
        return this.track({ type: 'unary', op: 'not', arg, pos: t.pos, end: arg.end }, arg);
      }
      default:
        return this.fail('syntax', t.pos, `${positionText(t.pos)}不应出现关键字“${t.text}”`);
    }
  }

  /** `T.字段`: only a table (code or backquoted name) can be followed by a member access. */
  private postfix(node: TableNode | IdentNode): ExprNode {
    if (!this.isOp(this.peek(), '.')) return node;
    this.next();
    const f = this.next();
    if (f.kind !== 'ident') this.fail('syntax', f.pos, `${positionText(f.pos)}“.”后应为字段名`);
    const field: IdentNode = {
      type: 'ident',
      name: f.text,
      quoted: f.quoted === true,
      pos: f.pos,
      end: f.end,
    };
    if (this.isOp(this.peek(), '.')) {
      const d = this.peek();
      this.fail('syntax', d.pos, `${positionText(d.pos)}只能写一层“表.字段”`);
    }
    return { type: 'member', table: node, field, pos: node.pos, end: f.end };
  }

  private call(name: Token, depth: number): ExprNode {
    this.expect('(', '左括号');
    const args: ExprNode[] = [];
    let distinct = false;
    let where: ExprNode | null = null;
    if (this.peek().kind === 'keyword' && this.peek().text === 'distinct') {
      this.next();
      distinct = true;
    }
    if (!this.isOp(this.peek(), ')')) {
      for (;;) {
        args.push(this.expr(0, depth + 1));
        const t = this.peek();
        if (t.kind === 'keyword' && t.text === 'where') {
          if (args.length !== 1 || where !== null)
            this.fail('syntax', t.pos, `${positionText(t.pos)}where 只能跟在聚合函数的第一个参数后`);
          this.next();
          where = this.expr(0, depth + 1);
          const after = this.peek();
          if (this.isOp(after, ','))
            this.fail('syntax', after.pos, `${positionText(after.pos)}where 条件之后不能再有参数`);
          break;
        }
        if (!this.isOp(t, ',')) break;
        this.next();
      }
    }
    const close = this.expect(')', '右括号“)”或逗号');
    const node: ExprNode = {
      type: 'call',
      name: name.text,
      namePos: name.pos,
      args,
      distinct,
      where,
      pos: name.pos,
      end: close.end,
    };
    return this.track(node, ...args, ...(where === null ? [] : [where]));
  }
}

/** Parses an expression; every failure carries a Chinese message and `detail.position`. */
export function parseExpression(src: string): Result<ExprNode, ExpressionErrorCode> {
  const tokens = tokenize(src);
  if (!tokens.ok) return tokens;
  try {
    return ok(new Parser(tokens.value).parseAll());
  } catch (e) {
    if (e instanceof ParseFailure) return err(e.code, e.message, { position: e.position });
    throw e;
  }
}
