import { useEffect, useId, useState } from 'react';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import { formatMoney, type Money } from '../format';
import type { SearchMedicationsQuery } from '../gql/graphql';
import { SearchMedicationsDocument } from '../graphql/operations';

export type PickedMedication = {
  id: string;
  name: string;
  requiresPrescription: boolean;
  price: Money;
};
type Found = SearchMedicationsQuery['medications']['nodes'][number];

/** Which medicines may be picked: prescription items are Rx only, an order's extras OTC only. */
export type MedicationKind = 'prescription' | 'otc';

const refusal: Record<MedicationKind, string> = {
  prescription: 'over the counter: no prescription needed',
  otc: 'prescription only: order it from your prescription',
};

/**
 * Search the catalogue by name and pick one medication. Medicines of the other kind are listed
 * too, but cannot be picked and say why, so a search never seems to find nothing.
 */
export function MedicationPicker(props: {
  api: Api;
  kind: MedicationKind;
  value: PickedMedication | null;
  onChange: (medication: PickedMedication | null) => void;
  label?: string;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const term = search.trim();
    if (term.length < 2) return setFound([]);
    let stale = false;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      props.api
        .call(SearchMedicationsDocument, { search: term })
        .then((data) => !stale && (setFound(data.medications.nodes), setError(null)))
        .catch((caught: unknown) => !stale && setError(describeError(caught)));
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [search, props.api]);

  if (props.value)
    return (
      <div className="picked">
        <span>{props.value.name}</span>
        <button type="button" className="link" onClick={() => props.onChange(null)}>
          Change
        </button>
      </div>
    );
  const fits = (m: Found) => m.requiresPrescription === (props.kind === 'prescription');
  return (
    <div className="picker">
      <label htmlFor={id}>{props.label ?? 'Medication'}</label>
      <input
        id={id}
        type="search"
        placeholder="Type a name, such as ibuprofen"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {error && <p className="error small">{error}</p>}
      {found.length > 0 && (
        <ul className="choices">
          {found.map((m) => (
            <li key={m.id}>
              <button type="button" disabled={!fits(m)} onClick={() => props.onChange(m)}>
                <span>{m.name}</span>
                <span className="muted small">
                  {formatMoney(m.price)}
                  {fits(m) ? '' : ` · ${refusal[props.kind]}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
