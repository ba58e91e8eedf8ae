import { useState, type FormEvent } from 'react';
import { execute } from '../api/client';
import type { Session } from '../api/session';
import { describeError } from '../errors';
import { LogInDocument } from '../graphql/operations';
import { href } from '../router';
import { Alert } from './Alert';

/** Patients and staff sign in here; the app then opens what their role may use. */
export function LoginScreen(props: { notice: string | null; onLoggedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function logIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await execute(LogInDocument, { email: email.trim(), password });
      props.onLoggedIn(login);
    } catch (caught) {
      setError(describeError(caught, 'login'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="card" onSubmit={logIn} aria-label="Log in">
        <h1>Pharmacy</h1>
        <p className="muted">Your prescriptions and orders, delivered.</p>
        {props.notice && <Alert kind="info">{props.notice}</Alert>}
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && <Alert kind="error">{error}</Alert>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
        <p className="center">
          New here? <a href={href('signup')}>Create an account</a>
        </p>
        <p className="muted small">Demo: patient@demo.pharmacy / demo-password</p>
      </form>
    </main>
  );
}
