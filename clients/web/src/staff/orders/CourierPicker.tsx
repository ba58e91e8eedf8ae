import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert';
import type { StaffOrderFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { describeStaffError } from '../staff-errors';
import type { Courier, CouriersOf } from './couriers';

/** The couriers who work for the order's pharmacy, to pick one. */
export function CourierPicker(props: {
  order: StaffOrderFieldsFragment;
  couriersOf: CouriersOf;
  busy: boolean;
  onAssign: (courierId: string) => void;
}) {
  const { order, couriersOf } = props;
  const [couriers, setCouriers] = useState<Courier[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(order.courier?.id ?? '');

  useEffect(() => {
    couriersOf(order.pharmacy.id).then(
      (found) => {
        setCouriers(found);
        setChosen((current) => current || found[0]?.id || '');
      },
      (caught: unknown) => setError(describeStaffError(caught, forbidden.pharmacyStaff)),
    );
  }, [couriersOf, order.pharmacy.id]);

  if (error) return <Alert kind="error">{error}</Alert>;
  if (!couriers) return <span className="muted small">Loading couriers…</span>;
  if (couriers.length === 0)
    return <span className="muted small">No courier works for {order.pharmacy.name} yet.</span>;
  return (
    <span className="staff-row">
      <label className="staff-inline-label">
        Courier
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {couriers.map((courier) => (
            <option key={courier.id} value={courier.id}>
              {courier.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={props.busy || !chosen || chosen === order.courier?.id}
        onClick={() => props.onAssign(chosen)}
      >
        {order.courier ? 'Change courier' : 'Assign courier'}
      </button>
    </span>
  );
}
