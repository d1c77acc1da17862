/**
 * A form's values when every field passes its rules, else null. antd shows each failure beside its field;
 * the rejected promise that validateFields also returns carries nothing more, and left uncaught it is
 * reported as an error of the app.
 */
import type { FormInstance } from 'antd';

export function validFormValues<T>(form: FormInstance<T>): Promise<T | null> {
  return form.validateFields().then(
    (v) => v,
    () => null,
  );
}
