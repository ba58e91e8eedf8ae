import { useState } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { StaffOrderFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import {
  StaffAssignCourierDocument,
  StaffCancelOrderDocument,
  StaffUpdateOrderStatusDocument,
} from '../operations';
import { useAction } from '../use-action';
import type { CouriersOf } from './couriers';
import { CourierPicker } from './CourierPicker';

type Order = StaffOrderFieldsFragment;
const beforeDispatch = new Set(['PENDING_PAYMENT', 'PAID', 'PREPARING']);

/** What a pharmacist does with an order: prepare it, give it to a courier, or cancel it. */
export function PharmacyOrderActions(props: {
  api: Api;
  order: Order;
  couriersOf: CouriersOf;
  onChanged: (order: Order) => void;
}) {
  const { api, order, onChanged } = props;
  const action = useAction(forbidden.changeOrder);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const canAssign = order.status === 'PAID' || order.status === 'PREPARING';

  const prepare = () =>
    action.run(
      async () =>
        (await api.call(StaffUpdateOrderStatusDocument, { id: order.id, status: 'PREPARING' }))
          .updateOrderStatus,
      onChanged,
    );
  const cancel = () =>
    action.run(
      async () =>
        (await api.call(StaffCancelOrderDocument, { id: order.id, reason: reason.trim() || null }))
          .cancelOrder,
      (next) => {
        setCancelling(false);
        onChanged(next);
      },
    );
  const assign = (courierId: string) =>
    action.run(
      async () =>
        (await api.call(StaffAssignCourierDocument, { orderId: order.id, courierId }))
          .assignCourier,
      onChanged,
    );

  if (!beforeDispatch.has(order.status)) return null;
  return (
    <div className="staff-actions">
      {order.status === 'PAID' && (
        <button
          type="button"
          className="primary"
          disabled={action.busy}
          onClick={() => void prepare()}
        >
          Start preparing
        </button>
      )}
      {canAssign && (
        <CourierPicker
          key={order.pharmacy.id}
          order={order}
          couriersOf={props.couriersOf}
          busy={action.busy}
          onAssign={(id) => void assign(id)}
        />
      )}
      {cancelling ? (
        <div className="staff-row">
          <label className="staff-inline-label">
            Reason (optional)
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" disabled={action.busy} onClick={() => void cancel()}>
            Cancel the order
          </button>
          <button type="button" className="link" onClick={() => setCancelling(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setCancelling(true)}>
          Cancel…
        </button>
      )}
      {action.error && <Alert kind="error">{action.error}</Alert>}
    </div>
  );
}
