/**
 * A rule may not compare a field whose options are still 选项待定 with a fixed value: the value it names
 * is a guess (the list is not known yet), so the rule would pass or fail on the guess. Such a comparison
 * is refused when the rule is compiled, naming the field; the office fixes the list in the catalog first.
 */
import type { FieldDef } from '../catalog/catalog-types';
import type { BinaryNode, ExprNode } from './expression-ast';
import { fail, type CompileScope } from './compile-scope';
import { findField, findTable } from './field-resolution';

function referencedField(node: ExprNode, scope: CompileScope): FieldDef | undefined {
  if (node.type === 'ident') return scope.rowTable ? findField(scope.rowTable, node.name) : undefined;
  if (node.type !== 'member') return undefined;
  const code = node.table.type === 'table' ? node.table.code : node.table.name;
  const table = findTable(scope.schema, code);
  return table ? findField(table, node.field.name) : undefined;
}

const isLiteral = (n: ExprNode): boolean =>
  n.type === 'string' || n.type === 'boolean' || n.type === 'number';

/** Throws (as a compile error) when `=`/`!=` compares a 选项待定 field with a literal value. */
export function refusePendingComparison(node: BinaryNode, scope: CompileScope): void {
  if (node.op !== '=' && node.op !== '!=') return;
  for (const [side, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    if (!isLiteral(other)) continue;
    const f = referencedField(side, scope);
    if (f?.type === 'enum' && f.optionsPending === true)
      fail(
        'bad-context',
        other.pos,
        `“${f.label}”的选项待定，规则不能与某个选项值比较；请先在采集目录中确定它的选项`,
      );
  }
}
