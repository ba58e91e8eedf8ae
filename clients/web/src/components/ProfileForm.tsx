import { useState, type FormEvent } from 'react';
import type { Api } from '../api/use-api';
import { formErrorsOf, noErrors, type FormErrors } from '../form-errors';
import { UpdateProfileDocument } from '../graphql/operations';
import { Alert } from './Alert';
import { TextField } from './TextField';

const fields = ['name', 'phone', 'address'] as const;
type Field = (typeof fields)[number];
export type Profile = { name: string; phone?: string | null; address?: string | null };

/** Name, phone and delivery address (`updateProfile`); an empty phone or address clears it. */
export function ProfileForm(props: { api: Api; me: Profile; onSaved: (p: Profile) => void }) {
  const [values, setValues] = useState<Record<Field, string>>({
    name: props.me.name,
    phone: props.me.phone ?? '',
    address: props.me.address ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);
  const field = (name: Field) => ({
    value: values[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => {
      setSaved(false);
      setValues((all) => ({ ...all, [name]: e.target.value }));
    },
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors(noErrors);
    try {
      const { updateProfile } = await props.api.call(UpdateProfileDocument, {
        input: {
          name: values.name.trim(),
          phone: values.phone.trim(),
          address: values.address.trim(),
        },
      });
      setSaved(true);
      props.onSaved(updateProfile);
    } catch (caught) {
      setErrors(formErrorsOf(caught, fields));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={save} aria-label="Your details" noValidate>
      <h3>Your details</h3>
      <TextField label="Name" autoComplete="name" required {...field('name')} />
      <TextField label="Phone" type="tel" autoComplete="tel" {...field('phone')} />
      <TextField label="Delivery address" autoComplete="street-address" {...field('address')} />
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      {saved && <Alert kind="success">Your details are saved.</Alert>}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save details'}
      </button>
    </form>
  );
}
