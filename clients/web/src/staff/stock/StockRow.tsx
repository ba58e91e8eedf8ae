import { useState, type FormEvent } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { formatTime } from '../../format';
import type { StaffStockItemFieldsFragment } from '../../gql/graphql';
import { StaffSetStockDocument } from '../operations';
import { forbidden } from '../forbidden';
import { useAction } from '../use-action';

/** One medication's stock: what is available, a stock-take, and its latest changes. */
export function StockRow(props: {
  api: Api;
  pharmacyId: string;
  item: StaffStockItemFieldsFragment;
  onSet: (item: StaffStockItemFieldsFragment) => void;
}) {
  const { item } = props;
  const [quantity, setQuantity] = useState('');
  const action = useAction(forbidden.stock);
  const name = item.medication.name;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      async () =>
        (
          await props.api.call(StaffSetStockDocument, {
            pharmacyId: props.pharmacyId,
            medicationId: item.medication.id,
            quantity: Number(quantity),
          })
        ).setStock,
      (next) => {
        setQuantity('');
        props.onSet(next);
      },
    );
  };

  return (
    <li className="card" data-testid="stock-item" aria-label={name}>
      <div className="section-head">
        <h3>
          {name}
          {item.medication.requiresPrescription && <span className="tag">Rx</span>}
        </h3>
        <span data-testid="stock-available">{item.quantityAvailable} available</span>
      </div>
      <form className="staff-row" onSubmit={save} aria-label={`Stock-take of ${name}`}>
        <label className="staff-inline-label">
          Counted on hand
          <input
            type="number"
            min={0}
            step={1}
            required
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
        </label>
        <button type="submit" disabled={action.busy || quantity === ''}>
          Set stock
        </button>
      </form>
      {action.error && <Alert kind="error">{action.error}</Alert>}
      {item.history.length > 0 && (
        <ul className="staff-history small" aria-label="Recent changes">
          {item.history.map((change, i) => (
            <li key={`${change.at}-${i}`}>
              <span className={change.delta < 0 ? 'error' : 'ok'}>
                {change.delta > 0 ? '+' : ''}
                {change.delta}
              </span>{' '}
              {change.reason} · {formatTime(change.at)}
              {change.by && ` · ${change.by.name}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
