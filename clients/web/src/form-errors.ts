import { ApiError } from './api/client';
import { describeError } from './errors';

/** What a form shows after a failed submit: a message under a field, or one for the form. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

export const noErrors = { fields: {}, form: null } as const;

/**
 * Puts an error where the patient will look for it: BAD_USER_INPUT names the field it is about
 * (`extensions.field`, such as `email` or `input.password`), and a form may place other codes
 * on a field of its own (CONFLICT on the email of a sign-up). Anything else is the form's.
 */
export function formErrorsOf<F extends string>(
  error: unknown,
  fields: readonly F[],
  placed: Partial<Record<string, { field: F; message: string }>> = {},
): FormErrors<F> {
  if (error instanceof ApiError) {
    const field = String(error.extensions.field ?? '').replace(/^input\./, '');
    if (error.code === 'BAD_USER_INPUT' && (fields as readonly string[]).includes(field))
      return {
        fields: { [field]: sentence(error.message) } as Partial<Record<F, string>>,
        form: null,
      };
    const own = placed[error.code];
    if (own)
      return { fields: { [own.field]: own.message } as Partial<Record<F, string>>, form: null };
  }
  return { fields: {}, form: describeError(error) };
}

const sentence = (text: string) => text.trim().replace(/\.?$/, '.');
