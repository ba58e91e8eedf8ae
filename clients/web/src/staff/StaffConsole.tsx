import { useEffect } from 'react';
import type { Session } from '../api/session';
import { useApi, type Api } from '../api/use-api';
import { Alert } from '../components/Alert';
import type { Role } from '../gql/graphql';
import { LogOutDocument } from '../graphql/operations';
import { href, redirect, useRoute } from '../router';
import { Deliveries } from './deliveries/Deliveries';
import { PharmacyOrders } from './orders/PharmacyOrders';
import { PharmaciesAdmin } from './pharmacies/PharmaciesAdmin';
import { ReviewQueue } from './review/ReviewQueue';
import {
  isSection,
  roleLabels,
  sectionLabels,
  sectionsOf,
  whoWorksIn,
  type SectionId,
} from './sections';
import { StockView } from './stock/StockView';
import { UsersAdmin } from './users/UsersAdmin';
import './staff.css';

/**
 * The console for pharmacists, couriers and admins: one section per hash route (#/review,
 * #/orders/<pharmacy>, ...), so a reload stays put and Back works. Each role sees its own tabs.
 */
export function StaffConsole(props: {
  session: Session;
  onSession: (s: Session | null) => void;
  onLoggedOut: () => void;
}) {
  const api = useApi(props.session, props.onSession);
  const [section, ...rest] = useRoute();
  const { name, role } = props.session.user;
  const mine = sectionsOf[role];
  const landing = mine[0];

  useEffect(() => {
    // No section yet: land on the role's first without leaving an extra Back step.
    if (!section && landing) redirect(landing);
  }, [section, landing]);

  async function logOut() {
    // Best effort: the session ends here whatever the server answers.
    await api.call(LogOutDocument, { refreshToken: props.session.refreshToken }).catch(() => {});
    props.onLoggedOut();
  }

  return (
    <div className="app staff">
      <header className="topbar">
        <span className="brand">Pharmacy staff</span>
        <span className="who" data-testid="staff-who">
          {name} <span className="staff-role">{roleLabels[role]}</span>
        </span>
        <button type="button" className="link" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <nav className="staff-tabs" aria-label="Sections">
        {mine.map((id) => (
          <a key={id} href={href(id)} aria-current={id === section ? 'page' : undefined}>
            {sectionLabels[id]}
          </a>
        ))}
      </nav>
      <main className="content staff-content">
        {!landing && (
          <Alert kind="error">The staff console is for pharmacists, couriers and admins.</Alert>
        )}
        {section && !isSection(section) && (
          <Alert kind="error">
            There is no such page.{' '}
            {landing && <a href={href(landing)}>Go to {sectionLabels[landing]}</a>}
          </Alert>
        )}
        {isSection(section) && !mine.includes(section) && (
          <Alert kind="error">
            {whoWorksIn[section]}{' '}
            {landing && <a href={href(landing)}>Go to {sectionLabels[landing]}</a>}
          </Alert>
        )}
        {isSection(section) && mine.includes(section) && (
          <Section api={api} role={role} section={section} arg={rest[0] ?? null} />
        )}
      </main>
    </div>
  );
}

function Section(props: { api: Api; role: Role; section: SectionId; arg: string | null }) {
  const { api, role, arg } = props;
  switch (props.section) {
    case 'review':
      return <ReviewQueue api={api} selectedId={arg} />;
    case 'orders':
      return <PharmacyOrders api={api} role={role} pharmacyId={arg} />;
    case 'stock':
      return <StockView api={api} role={role} pharmacyId={arg} />;
    case 'deliveries':
      return <Deliveries api={api} />;
    case 'users':
      return <UsersAdmin api={api} />;
    case 'pharmacies':
      return <PharmaciesAdmin api={api} selectedId={arg} />;
  }
}
