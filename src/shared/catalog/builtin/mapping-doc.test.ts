import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../builtin-catalog';
import { DEPARTMENT_ALIASES } from './department-aliases';
import { FIELD_OVERRIDES } from './field-overrides';

// The mapping document is what reviewers read; keep it from drifting away from the code.
const doc = readFileSync(new URL('../../../../docs/catalog-mapping.md', import.meta.url), 'utf8');

describe('docs/catalog-mapping.md', () => {
  it('lists every per-field override', () => {
    for (const id of Object.keys(FIELD_OVERRIDES)) expect(doc, id).toContain(`\`${id}\``);
  });

  it('lists every 待定义 table and every 选项待定 enum', () => {
    for (const t of builtInCatalog().tables) {
      if (t.status === 'pending') expect(doc, t.code).toContain(`| ${t.code} | ${t.name} |`);
      for (const f of t.fields.filter((x) => x.optionsPending))
        expect(doc, f.key).toContain(`${t.code}.${f.key} ${f.label}`);
    }
  });

  it('names every department alias', () => {
    for (const name of Object.keys(DEPARTMENT_ALIASES)) expect(doc, name).toContain(name);
  });
});
