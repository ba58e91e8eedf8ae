import { useCallback } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { StaffOrderFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffOrdersDocument } from '../operations';
import { StaffOrderCard } from '../orders/StaffOrderCard';
import { useLiveOrders, withOrder } from '../orders/use-live-orders';
import { usePaged } from '../use-paged';
import { DeliveryActions } from './DeliveryActions';

const finished = new Set(['DELIVERED', 'CANCELLED']);

/** A courier's orders (those assigned to them), live: what is still to deliver, then what is done. */
export function Deliveries(props: { api: Api }) {
  const { api } = props;
  const fetchPage = useCallback(
    async (after: string | null) => (await api.call(StaffOrdersDocument, { after })).orders,
    [api],
  );
  const orders = usePaged(fetchPage, forbidden.deliveries);
  const { setNodes, reload } = orders;
  const replace = useCallback(
    (order: StaffOrderFieldsFragment) => setNodes((list) => withOrder(list, order, () => true)),
    [setNodes],
  );
  const live = useLiveOrders(api, replace, () => void reload());
  const open = orders.nodes?.filter((order) => !finished.has(order.status));
  const done = orders.nodes?.filter((order) => finished.has(order.status));
  const cards = (list: StaffOrderFieldsFragment[]) => (
    <ul className="staff-cards">
      {list.map((order) => (
        <StaffOrderCard key={order.id} order={order}>
          <DeliveryActions api={api} order={order} onChanged={replace} />
        </StaffOrderCard>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="deliveries-heading">
      <div className="section-head">
        <h2 id="deliveries-heading">To deliver</h2>
        <span className={`live live-${live.state}`}>{live.label}</span>
      </div>
      {orders.error && <Alert kind="error">{orders.error}</Alert>}
      {!orders.nodes && !orders.error && <p className="muted">Loading your deliveries…</p>}
      {open?.length === 0 && <p className="muted">Nothing to deliver right now.</p>}
      {open && cards(open)}
      {done && done.length > 0 && (
        <>
          <h2>Done</h2>
          {cards(done)}
        </>
      )}
      {orders.hasNextPage && (
        <button type="button" disabled={orders.loading} onClick={() => void orders.loadMore()}>
          Show older deliveries
        </button>
      )}
    </section>
  );
}
