import { useCallback, useState } from 'react';
import { LoginScreen } from './components/LoginScreen';
import { PatientHome } from './components/PatientHome';
import { SignUpScreen } from './components/SignUpScreen';
import { loadSession, saveSession, type Session } from './api/session';
import { redirect, useRoute } from './router';
import { StaffConsole } from './staff/StaffConsole';

/**
 * Signed out: the login screen, or the sign-up one at #/signup. Signed in: the patient's
 * pharmacy, or the staff console. A deep link opened while signed out (#/orders/<id>) is where
 * the login lands.
 */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);

  const onSession = useCallback((next: Session | null) => {
    saveSession(next);
    setSession(next);
    if (!next) setNotice('Your session has ended. Please log in again.');
  }, []);

  const signIn = (next: Session) => {
    setNotice(null);
    saveSession(next);
    setSession(next);
    if (route[0] === 'signup') redirect();
  };

  if (!session)
    return route[0] === 'signup' ? (
      <SignUpScreen onSignedUp={signIn} />
    ) : (
      <LoginScreen notice={notice} onLoggedIn={signIn} />
    );
  const onLoggedOut = (why = 'You have logged out.') => {
    saveSession(null);
    setNotice(why);
    setSession(null);
  };
  const Home = session.user.role === 'PATIENT' ? PatientHome : StaffConsole;
  return <Home session={session} onSession={onSession} onLoggedOut={onLoggedOut} />;
}
