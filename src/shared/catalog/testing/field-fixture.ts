/** A catalog field for tests: an optional, verified text field unless `over` says otherwise. */
import type { FieldDef } from '../catalog-types';

export function fieldDef(over: Partial<FieldDef> = {}): FieldDef {
  return {
    key: 'f',
    label: '字段',
    type: 'text',
    unit: '',
    required: false,
    note: '',
    verified: true,
    ...over,
  };
}
