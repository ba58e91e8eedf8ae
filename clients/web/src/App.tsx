import { useCallback, useState } from 'react';
import { LoginScreen } from './components/LoginScreen';
import { PatientHome } from './components/PatientHome';
import { loadSession, saveSession, type Session } from './api/session';

/** Signed out: the login screen. Signed in: the patient's pharmacy. */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);

  const onSession = useCallback((next: Session | null) => {
    saveSession(next);
    setSession(next);
    if (!next) setNotice('Your session has ended. Please log in again.');
  }, []);

  if (!session)
    return (
      <LoginScreen
        notice={notice}
        onLoggedIn={(next) => {
          setNotice(null);
          saveSession(next);
          setSession(next);
        }}
      />
    );
  return (
    <PatientHome
      session={session}
      onSession={onSession}
      onLoggedOut={() => {
        saveSession(null);
        setNotice('You have logged out.');
        setSession(null);
      }}
    />
  );
}
