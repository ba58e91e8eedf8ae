import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import { formErrorsOf } from './form-errors';

const apiError = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new ApiError(message, code, [{ message, extensions: { code, ...extensions } }]);

describe('formErrorsOf', () => {
  const fields = ['email', 'password'] as const;

  it('puts invalid input under the field it names', () => {
    const error = apiError('BAD_USER_INPUT', 'Password is too common', { field: 'password' });
    expect(formErrorsOf(error, fields)).toEqual({
      fields: { password: 'Password is too common.' },
      form: null,
    });
    const nested = apiError('BAD_USER_INPUT', 'Email address is not valid', {
      field: 'input.email',
    });
    expect(formErrorsOf(nested, fields).fields).toEqual({ email: 'Email address is not valid.' });
  });

  it('places another code on a field when the form says where', () => {
    const taken = apiError('CONFLICT', 'An account with this email already exists');
    expect(
      formErrorsOf(taken, fields, { CONFLICT: { field: 'email', message: 'Taken.' } }),
    ).toEqual({ fields: { email: 'Taken.' }, form: null });
  });

  it('leaves the rest to the form', () => {
    const unknownField = apiError('BAD_USER_INPUT', 'Too long', { field: 'nickname' });
    expect(formErrorsOf(unknownField, fields)).toEqual({
      fields: {},
      form: 'Please check your input: Too long.',
    });
    expect(formErrorsOf(apiError('RATE_LIMITED', 'x', { retryAfterSeconds: 120 }), fields)).toEqual(
      { fields: {}, form: 'Too many attempts. Please try again in 2 minutes.' },
    );
  });
});
