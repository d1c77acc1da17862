/**
 * Syntax tree of the rule expression language. Positions are 0-based source offsets so that errors
 * and editors can point at the exact place.
 */

export type BinaryOp = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';
export type UnaryOp = 'not' | '-';

interface NodeBase {
  readonly pos: number;
  readonly end: number;
}

export interface NumberNode extends NodeBase {
  readonly type: 'number';
  readonly value: number;
}
export interface StringNode extends NodeBase {
  readonly type: 'string';
  readonly value: string;
}
export interface BooleanNode extends NodeBase {
  readonly type: 'boolean';
  readonly value: boolean;
}
export interface NullNode extends NodeBase {
  readonly type: 'null';
}
/** A field label or key (or, in table position, a backquoted table code). */
export interface IdentNode extends NodeBase {
  readonly type: 'ident';
  readonly name: string;
  readonly quoted: boolean;
}
/** A table-code token such as `A7-6-2`. */
export interface TableNode extends NodeBase {
  readonly type: 'table';
  readonly code: string;
}
/** `Table.字段` */
export interface MemberNode extends NodeBase {
  readonly type: 'member';
  readonly table: TableNode | IdentNode;
  readonly field: IdentNode;
}
export interface UnaryNode extends NodeBase {
  readonly type: 'unary';
  readonly op: UnaryOp;
  readonly arg: ExprNode;
}
export interface BinaryNode extends NodeBase {
  readonly type: 'binary';
  readonly op: BinaryOp;
  readonly left: ExprNode;
  readonly right: ExprNode;
}
/** `f(a, b)`; aggregates may carry `distinct` before and `where cond` after their first argument. */
export interface CallNode extends NodeBase {
  readonly type: 'call';
  readonly name: string;
  readonly namePos: number;
  readonly args: readonly ExprNode[];
  readonly distinct: boolean;
  readonly where: ExprNode | null;
}

export type ExprNode =
  | NumberNode
  | StringNode
  | BooleanNode
  | NullNode
  | IdentNode
  | TableNode
  | MemberNode
  | UnaryNode
  | BinaryNode
  | CallNode;
