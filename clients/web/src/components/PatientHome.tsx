import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../api/session';
import { useApi } from '../api/use-api';
import { describeError } from '../errors';
import type { MyPharmacyQuery, OrderFieldsFragment } from '../gql/graphql';
import { LogOutDocument, MyPharmacyDocument } from '../graphql/operations';
import { emptyDraft, useOrderDraft } from '../order-draft';
import { placeOf, tabOf, tabs, titles } from '../patient-routes';
import { href, navigate, useRoute } from '../router';
import { AccountView } from './AccountView';
import { Alert } from './Alert';
import { OrderPage } from './OrderPage';
import { OrderView } from './OrderView';
import { OrdersView } from './OrdersView';
import { PrescriptionsView } from './PrescriptionsView';

export type Me = NonNullable<MyPharmacyQuery['me']>;

/** The patient's pharmacy: a tab per hash route, and a page per order. */
export function PatientHome(props: {
  session: Session;
  onSession: (s: Session | null) => void;
  onLoggedOut: (why?: string) => void;
}) {
  const api = useApi(props.session, props.onSession);
  const place = placeOf(useRoute());
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useOrderDraft(props.session.user.id);

  const reload = useCallback(async () => {
    try {
      const data = await api.call(MyPharmacyDocument, {});
      setMe(data.me ?? null);
      setError(data.me ? null : 'Your account could not be loaded.');
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api]);
  useEffect(() => void reload(), [reload]);

  const placeKey = place.view === 'order-detail' ? place.orderId : place.view;
  useEffect(() => {
    document.title = `${titles[place.view]} · Pharmacy`;
    window.scrollTo(0, 0);
  }, [place.view, placeKey]);

  const replaceOrder = useCallback((order: OrderFieldsFragment) => {
    setMe((current) => {
      if (!current) return current;
      const orders = current.orders ?? [];
      return {
        ...current,
        orders: orders.some((o) => o.id === order.id)
          ? orders.map((o) => (o.id === order.id ? order : o))
          : [order, ...orders],
      };
    });
  }, []);

  async function logOut() {
    // Best effort: the session ends here whatever the server answers.
    await api.call(LogOutDocument, { refreshToken: props.session.refreshToken }).catch(() => {});
    props.onLoggedOut();
  }

  function content(me: Me) {
    switch (place.view) {
      case 'prescriptions':
        if (!me.prescriptions) return <Unavailable what="prescriptions" />;
        return (
          <PrescriptionsView
            api={api}
            prescriptions={me.prescriptions}
            onChanged={reload}
            onOrder={(next) => {
              setDraft(next);
              navigate('order');
            }}
          />
        );
      case 'order':
        return (
          <OrderView
            api={api}
            draft={draft}
            defaultAddress={me.address ?? ''}
            onDraftChange={setDraft}
            onPlaced={(order) => {
              setDraft(emptyDraft);
              replaceOrder(order);
              navigate('orders', order.id);
            }}
          />
        );
      case 'orders':
        return me.orders ? <OrdersView orders={me.orders} /> : <Unavailable what="orders" />;
      case 'order-detail':
        return (
          <OrderPage
            key={place.orderId}
            api={api}
            orderId={place.orderId}
            initial={me.orders?.find((o) => o.id === place.orderId) ?? null}
            onChanged={replaceOrder}
          />
        );
      case 'account':
        return (
          <AccountView
            api={api}
            me={me}
            onSaved={(profile) => {
              setMe({ ...me, ...profile });
              props.onSession({ ...props.session, user: { ...props.session.user, ...profile } });
            }}
            onDeleted={() => props.onLoggedOut('Your account has been deleted.')}
          />
        );
    }
  }

  const current = tabOf(place);
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Pharmacy</span>
        <span className="who">{props.session.user.name}</span>
        <button type="button" className="link" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <nav className="tabs" aria-label="Sections">
        {tabs.map(({ tab, label }) => (
          <a key={tab} href={href(tab)} aria-current={current === tab ? 'page' : undefined}>
            {label}
            {tab === 'order' && draft.lines.length > 0 && (
              <span className="badge">{draft.lines.length}</span>
            )}
          </a>
        ))}
      </nav>
      <main className="content">
        {error && <Alert kind="error">{error}</Alert>}
        {!me && !error && <p className="muted">Loading your pharmacy…</p>}
        {me && content(me)}
      </main>
    </div>
  );
}

/** A list that one service could not give (it is down): the rest of the page still works. */
function Unavailable(props: { what: string }) {
  return (
    <Alert kind="error">Your {props.what} cannot be shown right now; try again shortly.</Alert>
  );
}
