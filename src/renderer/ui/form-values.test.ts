import { describe, expect, it } from 'vitest';
import type { FormInstance } from 'antd';
import { validFormValues } from './form-values';

function form(check: () => Promise<{ name: string }>): FormInstance<{ name: string }> {
  return { validateFields: check } as never;
}

describe('validFormValues', () => {
  it('gives the values when every field passes', async () => {
    await expect(validFormValues(form(() => Promise.resolve({ name: '企业' })))).resolves.toEqual({
      name: '企业',
    });
  });

  it('gives null, not a rejection, when a field fails (antd shows the message beside it)', async () => {
    const failed = { errorFields: [{ name: ['name'], errors: ['请填写名称'] }], values: {} };
    await expect(validFormValues(form(() => Promise.reject(failed)))).resolves.toBeNull();
  });
});
