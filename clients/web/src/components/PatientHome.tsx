import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../api/session';
import { useApi } from '../api/use-api';
import { describeError } from '../errors';
import type { MyPharmacyQuery, OrderFieldsFragment } from '../gql/graphql';
import { LogOutDocument, MyPharmacyDocument } from '../graphql/operations';
import type { OrderDraft } from '../order-draft';
import { Alert } from './Alert';
import { OrderView } from './OrderView';
import { OrdersView } from './OrdersView';
import { PrescriptionsView } from './PrescriptionsView';

type View = 'prescriptions' | 'order' | 'orders';
export type Me = NonNullable<MyPharmacyQuery['me']>;

const tabs: { view: View; label: string }[] = [
  { view: 'prescriptions', label: 'Prescriptions' },
  { view: 'order', label: 'Order' },
  { view: 'orders', label: 'My orders' },
];

export function PatientHome(props: {
  session: Session;
  onSession: (s: Session | null) => void;
  onLoggedOut: () => void;
}) {
  const api = useApi(props.session, props.onSession);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>('prescriptions');
  const [draft, setDraft] = useState<OrderDraft>({ prescriptionId: null, lines: [] });
  const [trackedOrderId, setTrackedOrderId] = useState<string | null>(null);
  const [checkout, setCheckout] = useState<OrderFieldsFragment | null>(null);

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

  function track(order: OrderFieldsFragment) {
    setTrackedOrderId(order.id);
    setView('orders');
    void reload();
  }

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
        {tabs.map((tab) => (
          <button
            key={tab.view}
            type="button"
            aria-current={view === tab.view ? 'page' : undefined}
            onClick={() => setView(tab.view)}
          >
            {tab.label}
            {tab.view === 'order' && draft.lines.length > 0 && (
              <span className="badge">{draft.lines.length}</span>
            )}
          </button>
        ))}
      </nav>
      <main className="content">
        {error && <Alert kind="error">{error}</Alert>}
        {!me && !error && <p className="muted">Loading your pharmacy…</p>}
        {me && view === 'prescriptions' && !me.prescriptions && (
          <Unavailable what="prescriptions" />
        )}
        {me?.prescriptions && view === 'prescriptions' && (
          <PrescriptionsView
            api={api}
            prescriptions={me.prescriptions}
            onChanged={reload}
            onOrder={(next) => {
              setDraft(next);
              setView('order');
            }}
          />
        )}
        {me && view === 'order' && (
          <OrderView
            api={api}
            draft={draft}
            defaultAddress={me.address ?? ''}
            onDraftChange={setDraft}
            checkout={checkout}
            onPlaced={(order) => {
              setDraft({ prescriptionId: null, lines: [] });
              setCheckout(order);
              replaceOrder(order);
            }}
            onPaid={(order) => {
              setCheckout(null);
              track(order);
            }}
            onLater={() => {
              setCheckout(null);
              setView('orders');
            }}
          />
        )}
        {me && view === 'orders' && !me.orders && <Unavailable what="orders" />}
        {me?.orders && view === 'orders' && (
          <OrdersView
            api={api}
            orders={me.orders}
            trackedOrderId={trackedOrderId}
            onTrack={setTrackedOrderId}
            onOrderChanged={replaceOrder}
            onPay={(order) => {
              setCheckout(order);
              setView('order');
            }}
          />
        )}
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
