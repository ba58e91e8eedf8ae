import { useState, type FormEvent } from 'react';
import type { Api } from '../api/use-api';
import { formErrorsOf, noErrors, type FormErrors } from '../form-errors';
import { DeleteAccountDocument } from '../graphql/operations';
import { Alert } from './Alert';
import { TextField } from './TextField';

/**
 * Closing the account (`deleteAccount`): it asks for the password and says what goes and what
 * stays before anything happens; once done, the app signs out.
 */
export function DeleteAccount(props: { api: Api; onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'password'>>(noErrors);

  async function remove(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors(noErrors);
    try {
      await props.api.call(DeleteAccountDocument, { password });
      props.onDeleted();
    } catch (caught) {
      setErrors(formErrorsOf(caught, ['password']));
      setBusy(false);
    }
  }

  if (!open)
    return (
      <div className="card">
        <h3>Delete account</h3>
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Delete my account…
        </button>
      </div>
    );
  return (
    <form className="card form" onSubmit={remove} aria-label="Delete account" noValidate>
      <h3>Delete account</h3>
      <Alert kind="warning">
        This erases your name, contact details and sign-in for good, and signs you out. Your orders,
        payments and what was dispensed to you stay with the pharmacy, as the law asks, but no
        longer name you.
      </Alert>
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={errors.fields.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <div className="actions">
        <button type="submit" className="danger" disabled={busy || password === ''}>
          {busy ? 'Deleting…' : 'Delete my account for good'}
        </button>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          Keep my account
        </button>
      </div>
    </form>
  );
}
