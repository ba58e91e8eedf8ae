import type { Api } from '../api/use-api';
import { MedicationPicker, type PickedMedication } from './MedicationPicker';

/** One medication line of a prescription being entered. */
export interface ItemRow {
  key: number;
  medication: PickedMedication | null;
  quantity: number;
  refills: number;
  instructions: string;
}

let nextKey = 1;
export const emptyRow = (): ItemRow => ({
  key: nextKey++,
  medication: null,
  quantity: 1,
  refills: 0,
  instructions: '',
});

export function ItemFields(props: {
  api: Api;
  row: ItemRow;
  index: number;
  onChange: (change: Partial<ItemRow>) => void;
  onRemove: (() => void) | null;
}) {
  const { row } = props;
  return (
    <fieldset className="item-row">
      <legend>Medication {props.index + 1}</legend>
      <MedicationPicker
        kind="prescription"
        label="Prescription-only medication"
        value={row.medication}
        api={props.api}
        onChange={(medication) => props.onChange({ medication })}
      />
      <div className="inline">
        <label>
          Quantity
          <input
            type="number"
            min={1}
            max={1000}
            value={row.quantity}
            onChange={(e) => props.onChange({ quantity: Number(e.target.value) })}
          />
        </label>
        <label>
          Refills
          <input
            type="number"
            min={0}
            max={12}
            value={row.refills}
            onChange={(e) => props.onChange({ refills: Number(e.target.value) })}
          />
        </label>
      </div>
      <label>
        Instructions
        <input
          value={row.instructions}
          onChange={(e) => props.onChange({ instructions: e.target.value })}
        />
      </label>
      {props.onRemove && (
        <button type="button" className="link" onClick={props.onRemove}>
          Remove
        </button>
      )}
    </fieldset>
  );
}
