import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { orderStatusLabels } from '../../format';
import type { OrderStatus, Role, StaffOrderFieldsFragment } from '../../gql/graphql';
import { navigate } from '../../router';
import { forbidden } from '../forbidden';
import { StaffOrdersDocument } from '../operations';
import { NoPharmacy, PharmacyPicker } from '../PharmacyPicker';
import { usePaged } from '../use-paged';
import { usePharmacyChoices } from '../use-pharmacy-choices';
import { courierDirectory } from './couriers';
import { PharmacyOrderActions } from './PharmacyOrderActions';
import { StaffOrderCard } from './StaffOrderCard';
import { useLiveOrders, withOrder } from './use-live-orders';

const statuses = Object.keys(orderStatusLabels) as OrderStatus[];

/**
 * The orders of the caller's pharmacies (#/orders) or of one (#/orders/<id>), newest first,
 * kept current by the subscription, with what a pharmacist does next on each.
 */
export function PharmacyOrders(props: { api: Api; role: Role; pharmacyId: string | null }) {
  const { api, pharmacyId } = props;
  const choices = usePharmacyChoices(api, props.role);
  const [status, setStatus] = useState<OrderStatus | null>(null);
  const couriersOf = useMemo(() => courierDirectory(api), [api]);

  const fetchPage = useCallback(
    async (after: string | null) =>
      (await api.call(StaffOrdersDocument, { status, pharmacyId, after })).orders,
    [api, status, pharmacyId],
  );
  const orders = usePaged(fetchPage, forbidden.orders);
  const { setNodes, reload } = orders;
  const matches = useCallback(
    (order: StaffOrderFieldsFragment) =>
      (!pharmacyId || order.pharmacy.id === pharmacyId) && (!status || order.status === status),
    [pharmacyId, status],
  );
  const replace = useCallback(
    (order: StaffOrderFieldsFragment) => setNodes((list) => withOrder(list, order, matches)),
    [setNodes, matches],
  );
  const live = useLiveOrders(api, replace, () => void reload());

  if (choices.data?.length === 0) return <NoPharmacy />;
  return (
    <section aria-labelledby="orders-heading">
      <div className="section-head">
        <h2 id="orders-heading">Orders</h2>
        <span className={`live live-${live.state}`}>{live.label}</span>
      </div>
      {choices.error && <Alert kind="error">{choices.error}</Alert>}
      <div className="staff-filters">
        <PharmacyPicker
          pharmacies={choices.data ?? []}
          value={pharmacyId}
          anyLabel={props.role === 'ADMIN' ? 'All pharmacies' : 'All my pharmacies'}
          onChange={(id) => (id ? navigate('orders', id) : navigate('orders'))}
        />
        <label className="staff-picker">
          Status
          <select
            value={status ?? ''}
            onChange={(e) => setStatus((e.target.value || null) as OrderStatus | null)}
          >
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {orderStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {orders.error && <Alert kind="error">{orders.error}</Alert>}
      {!orders.nodes && !orders.error && <p className="muted">Loading orders…</p>}
      {orders.nodes?.length === 0 && <p className="muted">No orders here yet.</p>}
      <ul className="staff-cards">
        {orders.nodes?.map((order) => (
          <StaffOrderCard key={order.id} order={order}>
            <PharmacyOrderActions
              api={api}
              order={order}
              couriersOf={couriersOf}
              onChanged={replace}
            />
          </StaffOrderCard>
        ))}
      </ul>
      {orders.hasNextPage && (
        <button type="button" disabled={orders.loading} onClick={() => void orders.loadMore()}>
          Show older orders
        </button>
      )}
    </section>
  );
}
