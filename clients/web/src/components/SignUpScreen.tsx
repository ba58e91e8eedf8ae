import { useState, type FormEvent } from 'react';
import { execute } from '../api/client';
import type { Session } from '../api/session';
import { formErrorsOf, noErrors, type FormErrors } from '../form-errors';
import { RegisterDocument } from '../graphql/operations';
import { href } from '../router';
import { Alert } from './Alert';
import { TextField } from './TextField';

const fields = ['name', 'email', 'password', 'phone', 'address'] as const;
type Field = (typeof fields)[number];

/** A new patient account (`register`), signed in at once. */
export function SignUpScreen(props: { onSignedUp: (s: Session) => void }) {
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    email: '',
    password: '',
    phone: '',
    address: '',
  });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);
  const field = (name: Field) => ({
    value: values[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) =>
      setValues((all) => ({ ...all, [name]: e.target.value })),
  });

  async function signUp(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors(noErrors);
    const optional = (text: string) => text.trim() || null;
    try {
      const { register } = await execute(RegisterDocument, {
        input: {
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          phone: optional(values.phone),
          address: optional(values.address),
        },
      });
      props.onSignedUp(register);
    } catch (caught) {
      setErrors(
        formErrorsOf(caught, fields, {
          CONFLICT: {
            field: 'email',
            message: 'An account with this email already exists. Log in instead.',
          },
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="card" onSubmit={signUp} aria-label="Create an account" noValidate>
        <h1>Create an account</h1>
        <p className="muted">Upload prescriptions, order medicines and follow the delivery.</p>
        <TextField label="Name" autoComplete="name" required {...field('name')} />
        <TextField label="Email" type="email" autoComplete="email" required {...field('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters; not a common password."
          {...field('password')}
        />
        <TextField label="Phone (optional)" type="tel" autoComplete="tel" {...field('phone')} />
        <TextField
          label="Delivery address (optional)"
          autoComplete="street-address"
          {...field('address')}
        />
        {errors.form && <Alert kind="error">{errors.form}</Alert>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
        <p className="center">
          Already have an account? <a href={href()}>Log in</a>
        </p>
      </form>
    </main>
  );
}
