import { describe, expect, it } from 'vitest';
import { catalogFixture, tableFixture } from './catalog-fixtures';
import type { Catalog, TableDef } from './catalog-types';
import { addField, moveField, nextFieldKey, removeField, updateField } from './field-editing';
import type { EditResult } from './catalog-edit-support';
import { addTable } from './table-editing';
import { validateCatalog } from './validate-catalog';

function value(r: EditResult): Catalog {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function table(c: Catalog, code: string): TableDef {
  const t = c.tables.find((x) => x.code === code);
  if (t === undefined) throw new Error(code);
  return t;
}

const keys = (c: Catalog, code: string) => table(c, code).fields.map((f) => f.key);

describe('nextFieldKey', () => {
  it('numbers generated keys after the largest one', () => {
    expect(nextFieldKey(tableFixture({ code: 'X' }))).toBe('f_1');
    const t = tableFixture({
      code: 'X',
      fields: [{ key: 'f_2', label: 'a', type: 'text', unit: '', required: false, note: '', verified: true }],
    });
    expect(nextFieldKey(t)).toBe('f_3');
  });
});

describe('addField', () => {
  it('appends a field with a generated key and defaults, without mutating the input', () => {
    const c = catalogFixture();
    const before = structuredClone(c);
    const next = value(addField(c, 'A1', { label: ' 占地面积 ', type: 'decimal', unit: '平方米' }));
    expect(c).toEqual(before);
    expect(table(next, 'A1').fields.at(-1)).toEqual({
      key: 'f_1',
      label: '占地面积',
      type: 'decimal',
      unit: '平方米',
      required: false,
      note: '',
      verified: true,
    });
  });

  it('makes a 待定义 table defined with its first field', () => {
    const c = value(
      addTable(catalogFixture(), {
        code: 'X-1',
        name: '补充',
        category: '补充',
        period: 'point',
        shape: 'form',
      }),
    );
    const next = value(addField(c, 'X-1', { label: '说明', type: 'text' }));
    expect(table(next, 'X-1').status).toBe('defined');
    expect(validateCatalog(next).ok).toBe(true);
  });

  it('refuses a given key that is invalid or taken, and an unknown table', () => {
    const c = catalogFixture();
    expect(addField(c, 'A10-1', { key: 'XH', label: '学号2', type: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'bad-field-key' },
    });
    expect(addField(c, 'A10-1', { key: 'no', label: '学号2', type: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'duplicate-field-key' },
    });
    expect(addField(c, 'A99', { label: 'x', type: 'text' })).toMatchObject({
      ok: false,
      error: { code: 'table-not-found' },
    });
  });

  it('drops properties the type does not use', () => {
    const next = value(
      addField(catalogFixture(), 'A1', { label: '校训', type: 'text', options: ['a'], min: 1 }),
    );
    const f = table(next, 'A1').fields.at(-1);
    expect(f?.options).toBeUndefined();
    expect(f?.min).toBeUndefined();
  });
});

describe('updateField', () => {
  it('changes type and clears the options of a former enum', () => {
    const next = value(updateField(catalogFixture(), 'A10-1', 'sex', { type: 'text' }));
    const f = table(next, 'A10-1').fields.find((x) => x.key === 'sex');
    expect(f).toMatchObject({ key: 'sex', type: 'text' });
    expect(f && 'options' in f).toBe(false);
  });

  it('ends 选项待定 when options are given', () => {
    const pending = value(
      updateField(catalogFixture(), 'A10-1', 'grade', { type: 'enum', optionsPending: true }),
    );
    expect(validateCatalog(pending).ok).toBe(true);
    const next = value(updateField(pending, 'A10-1', 'grade', { options: ['一年级', '二年级'] }));
    const f = table(next, 'A10-1').fields.find((x) => x.key === 'grade');
    expect(f).toMatchObject({ options: ['一年级', '二年级'] });
    expect(f?.optionsPending).toBeUndefined();
  });

  it('removes a bound set to undefined and refuses an unknown field', () => {
    const bounded = value(
      updateField(catalogFixture(), 'A10-1', 'grade', { type: 'integer', min: 1, max: 5 }),
    );
    const next = value(updateField(bounded, 'A10-1', 'grade', { max: undefined }));
    expect(table(next, 'A10-1').fields.find((x) => x.key === 'grade')).toMatchObject({ min: 1 });
    expect(table(next, 'A10-1').fields.find((x) => x.key === 'grade')?.max).toBeUndefined();
    expect(updateField(bounded, 'A10-1', 'nope', { label: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'field-not-found' },
    });
  });

  it('leaves the validator to refuse an enum left without options', () => {
    const next = value(updateField(catalogFixture(), 'A10-1', 'grade', { type: 'enum' }));
    expect(validateCatalog(next)).toMatchObject({ ok: false, error: { code: 'enum-without-options' } });
  });
});

describe('moveField', () => {
  it('reorders fields', () => {
    const c = catalogFixture();
    expect(keys(value(moveField(c, 'A10-1', 'grade', 0)), 'A10-1')).toEqual(['grade', 'no', 'name', 'sex']);
    expect(keys(value(moveField(c, 'A10-1', 'no', 3)), 'A10-1')).toEqual(['name', 'sex', 'grade', 'no']);
    expect(keys(c, 'A10-1')).toEqual(['no', 'name', 'sex', 'grade']);
  });

  it('refuses a position outside the table', () => {
    expect(moveField(catalogFixture(), 'A10-1', 'no', 4)).toMatchObject({
      ok: false,
      error: { code: 'bad-position' },
    });
    expect(moveField(catalogFixture(), 'A10-1', 'no', -1)).toMatchObject({
      ok: false,
      error: { code: 'bad-position' },
    });
  });
});

describe('removeField', () => {
  it('removes the field and its place in the natural key', () => {
    const next = value(removeField(catalogFixture(), 'A10-1', 'no'));
    expect(keys(next, 'A10-1')).toEqual(['name', 'sex', 'grade']);
    expect(table(next, 'A10-1').naturalKey).toEqual([]);
  });

  it('makes a table without fields 待定义 again', () => {
    const next = value(removeField(catalogFixture(), 'A1', 'name'));
    expect(table(next, 'A1')).toMatchObject({ status: 'pending', fields: [] });
    expect(validateCatalog(next).ok).toBe(true);
  });

  it('refuses an unknown field', () => {
    expect(removeField(catalogFixture(), 'A1', 'nope')).toMatchObject({
      ok: false,
      error: { code: 'field-not-found' },
    });
  });
});
