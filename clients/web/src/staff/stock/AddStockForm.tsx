import { useEffect, useState, type FormEvent } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { StaffSearchMedicationsQuery, StaffStockItemFieldsFragment } from '../../gql/graphql';
import { StaffSearchMedicationsDocument, StaffSetStockDocument } from '../operations';
import { forbidden } from '../forbidden';
import { useAction } from '../use-action';

type Medication = StaffSearchMedicationsQuery['medications']['nodes'][number];

/** Stock of a medication the pharmacy does not carry yet: search the catalogue, then count. */
export function AddStockForm(props: {
  api: Api;
  pharmacyId: string;
  onSet: (item: StaffStockItemFieldsFragment) => void;
}) {
  const { api } = props;
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Medication[]>([]);
  const [chosen, setChosen] = useState<Medication | null>(null);
  const [quantity, setQuantity] = useState('');
  const action = useAction(forbidden.stock);

  useEffect(() => {
    const term = search.trim();
    if (term.length < 2 || chosen) return setFound([]);
    let current = true;
    const timer = setTimeout(() => {
      api.call(StaffSearchMedicationsDocument, { search: term }).then(
        (data) => current && setFound(data.medications.nodes),
        () => current && setFound([]),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, search, chosen]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    void action.run(
      async () =>
        (
          await api.call(StaffSetStockDocument, {
            pharmacyId: props.pharmacyId,
            medicationId: chosen.id,
            quantity: Number(quantity),
          })
        ).setStock,
      (item) => {
        setChosen(null);
        setSearch('');
        setQuantity('');
        props.onSet(item);
      },
    );
  };

  return (
    <form className="card staff-add-stock" onSubmit={save} aria-label="Stock a medication">
      <h3>Stock a medication</h3>
      {chosen ? (
        <p className="picked">
          {chosen.name}
          <button type="button" className="link" onClick={() => setChosen(null)}>
            Change
          </button>
        </p>
      ) : (
        <label>
          Medication
          <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name" />
        </label>
      )}
      {!chosen && found.length > 0 && (
        <ul className="choices">
          {found.map((medication) => (
            <li key={medication.id}>
              <button type="button" onClick={() => setChosen(medication)}>
                {medication.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="staff-row">
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
        <button
          type="submit"
          className="primary"
          disabled={action.busy || !chosen || quantity === ''}
        >
          Set stock
        </button>
      </div>
      {action.error && <Alert kind="error">{action.error}</Alert>}
    </form>
  );
}
