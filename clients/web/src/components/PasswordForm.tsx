import { useState, type FormEvent } from 'react';
import type { Api } from '../api/use-api';
import { formErrorsOf, noErrors, type FormErrors } from '../form-errors';
import { ChangePasswordDocument } from '../graphql/operations';
import { Alert } from './Alert';
import { TextField } from './TextField';

const fields = ['currentPassword', 'newPassword'] as const;
type Field = (typeof fields)[number];

/** A new password (`changePassword`); the API signs every other session out. */
export function PasswordForm(props: { api: Api }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);

  async function change(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setChanged(false);
    setErrors(noErrors);
    try {
      await props.api.call(ChangePasswordDocument, { currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    } catch (caught) {
      setErrors(formErrorsOf(caught, fields));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={change} aria-label="Change password" noValidate>
      <h3>Change password</h3>
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        error={errors.fields.currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; not a common password."
        value={newPassword}
        error={errors.fields.newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
      />
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      {changed && (
        <Alert kind="success">
          Password changed. Anywhere else you were signed in, you are now signed out.
        </Alert>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
