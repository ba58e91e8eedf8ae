import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { OrderStatus, StaffOrderFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffUpdateOrderStatusDocument } from '../operations';
import { useAction } from '../use-action';

/** The courier's next step for each status; a pharmacy prepares before, nothing after. */
const nextStep: Partial<Record<OrderStatus, { to: OrderStatus; label: string }>> = {
  PREPARING: { to: 'OUT_FOR_DELIVERY', label: 'Mark out for delivery' },
  OUT_FOR_DELIVERY: { to: 'DELIVERED', label: 'Mark delivered' },
};

export function DeliveryActions(props: {
  api: Api;
  order: StaffOrderFieldsFragment;
  onChanged: (order: StaffOrderFieldsFragment) => void;
}) {
  const { api, order } = props;
  const action = useAction(forbidden.delivery);
  const step = nextStep[order.status];
  if (order.status === 'PAID')
    return <p className="muted small">The pharmacy has not started preparing it yet.</p>;
  if (!step) return null;
  const move = () =>
    action.run(
      async () =>
        (await api.call(StaffUpdateOrderStatusDocument, { id: order.id, status: step.to }))
          .updateOrderStatus,
      props.onChanged,
    );
  return (
    <div className="staff-actions">
      <button type="button" className="primary" disabled={action.busy} onClick={() => void move()}>
        {step.label}
      </button>
      {action.error && <Alert kind="error">{action.error}</Alert>}
    </div>
  );
}
