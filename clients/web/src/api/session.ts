import type { SessionFieldsFragment } from '../gql/graphql';

/** What login, register and refreshSession answer: the tokens and who they are for. */
export type Session = SessionFieldsFragment;

// sessionStorage: the session ends with the tab, and other sites cannot read it.
const KEY = 'pharmacy.session';

export function loadSession(): Session | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** Access tokens live about 15 minutes; refresh a little before they run out. */
export function expiresSoon(session: Session, now = Date.now()): boolean {
  return new Date(session.expiresAt).getTime() - now < 30_000;
}
