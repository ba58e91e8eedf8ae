import type { Api } from '../api/use-api';
import { formatMoney } from '../format';
import { draftTotal, lineTotal, type OrderDraft } from '../order-draft';
import { MedicationPicker } from './MedicationPicker';

/** The medicines to order, with catalogue prices: from a prescription, plus OTC ones. */
export function DraftEditor(props: {
  api: Api;
  draft: OrderDraft;
  onChange: (d: OrderDraft) => void;
}) {
  const { draft } = props;
  const total = draftTotal(draft);
  const setQuantity = (medicationId: string, quantity: number) =>
    props.onChange({
      ...draft,
      lines: draft.lines.map((l) => (l.medicationId === medicationId ? { ...l, quantity } : l)),
    });
  const remove = (medicationId: string) => {
    const lines = draft.lines.filter((l) => l.medicationId !== medicationId);
    const stillPrescribed = lines.some((l) => l.maxQuantity !== null);
    props.onChange({ prescriptionId: stillPrescribed ? draft.prescriptionId : null, lines });
  };

  return (
    <div className="card">
      <h3>Your medicines</h3>
      {draft.lines.length === 0 && (
        <p className="muted">
          Choose “Order from this prescription” under Prescriptions, or add an over-the-counter
          medicine here.
        </p>
      )}
      <ul className="items">
        {draft.lines.map((line) => (
          <li key={line.medicationId} className="line" data-testid="draft-line">
            <span className="grow">
              {line.name}
              {line.requiresPrescription && <span className="tag">Rx</span>}
              <br />
              <span className="muted small">{formatMoney(line.unitPrice)} each</span>
            </span>
            <input
              type="number"
              aria-label={`Quantity of ${line.name}`}
              min={1}
              max={line.maxQuantity ?? 100}
              value={line.quantity}
              onChange={(e) => setQuantity(line.medicationId, Math.max(1, Number(e.target.value)))}
            />
            <span className="amount">{formatMoney(lineTotal(line))}</span>
            <button type="button" className="link" onClick={() => remove(line.medicationId)}>
              Remove
            </button>
          </li>
        ))}
        {total && (
          <li className="total">
            <strong>Estimated total</strong>
            <strong data-testid="draft-total">{formatMoney(total)}</strong>
          </li>
        )}
      </ul>
      {total && (
        <p className="muted small">
          At catalogue prices. The pharmacy you choose states the total before you pay.
        </p>
      )}
      <MedicationPicker
        api={props.api}
        kind="otc"
        label="Add an over-the-counter medicine"
        value={null}
        onChange={(m) => {
          if (!m || draft.lines.some((l) => l.medicationId === m.id)) return;
          props.onChange({
            ...draft,
            lines: [
              ...draft.lines,
              {
                medicationId: m.id,
                name: m.name,
                requiresPrescription: m.requiresPrescription,
                quantity: 1,
                maxQuantity: null,
                unitPrice: m.price,
              },
            ],
          });
        }}
      />
    </div>
  );
}
