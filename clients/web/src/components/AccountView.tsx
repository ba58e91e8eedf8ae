import type { Api } from '../api/use-api';
import { DeleteAccount } from './DeleteAccount';
import { PasswordForm } from './PasswordForm';
import { ProfileForm, type Profile } from './ProfileForm';

/** The patient's own account: contact details, password, and closing it. */
export function AccountView(props: {
  api: Api;
  me: Profile & { email: string };
  onSaved: (profile: Profile) => void;
  onDeleted: () => void;
}) {
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <p className="muted">Signed in as {props.me.email}</p>
      <ProfileForm api={props.api} me={props.me} onSaved={props.onSaved} />
      <PasswordForm api={props.api} />
      <DeleteAccount api={props.api} onDeleted={props.onDeleted} />
    </section>
  );
}
