/**
 * A chapter renamed in the outline keeps its first heading in step: when the chapter opens with a
 * heading that reads exactly the old title (as every template and added chapter does), the heading
 * takes the new title. A heading the office has reworded is theirs and stays.
 */
import { pmText, type PmNode } from './pm-json';

export function retitledContent(content: PmNode, oldTitle: string, newTitle: string): PmNode | null {
  const [first, ...rest] = content.content ?? [];
  if (!first || first.type !== 'heading' || pmText(first).trim() !== oldTitle.trim()) return null;
  if (oldTitle === newTitle) return null;
  const heading: PmNode = { ...first, content: [{ type: 'text', text: newTitle }] };
  return { ...content, content: [heading, ...rest] };
}
