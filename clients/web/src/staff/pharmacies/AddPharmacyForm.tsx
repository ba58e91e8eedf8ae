import { useState, type FormEvent } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { StaffAddPharmacyMutation } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffAddPharmacyDocument } from '../operations';
import { useAction } from '../use-action';

type Pharmacy = StaffAddPharmacyMutation['addPharmacy'];
const empty = { name: '', address: '', latitude: '', longitude: '', phone: '' };

/** A new pharmacy: where it is (its coordinates place it in nearby searches) and its phone. */
export function AddPharmacyForm(props: { api: Api; onAdded: (pharmacy: Pharmacy) => void }) {
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const action = useAction(forbidden.pharmacies);
  const field = (key: keyof typeof empty) => ({
    value: fields[key],
    onChange: (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value }),
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      async () =>
        (
          await props.api.call(StaffAddPharmacyDocument, {
            input: {
              name: fields.name.trim(),
              address: fields.address.trim(),
              latitude: Number(fields.latitude),
              longitude: Number(fields.longitude),
              phone: fields.phone.trim() || null,
            },
          })
        ).addPharmacy,
      (pharmacy) => {
        setFields(empty);
        setOpen(false);
        setAdded(`Added ${pharmacy.name}.`);
        props.onAdded(pharmacy);
      },
    );
  };

  if (!open)
    return (
      <div className="actions">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Add a pharmacy
        </button>
        {added && <Alert kind="success">{added}</Alert>}
      </div>
    );
  return (
    <form className="card" onSubmit={save} aria-label="New pharmacy">
      <h3>New pharmacy</h3>
      <label>
        Name
        <input required {...field('name')} />
      </label>
      <label>
        Address
        <input required {...field('address')} />
      </label>
      <div className="inline">
        <label>
          Latitude
          <input required type="number" step="any" min={-90} max={90} {...field('latitude')} />
        </label>
        <label>
          Longitude
          <input required type="number" step="any" min={-180} max={180} {...field('longitude')} />
        </label>
      </div>
      <label>
        Phone (optional)
        <input type="tel" {...field('phone')} />
      </label>
      {action.error && <Alert kind="error">{action.error}</Alert>}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          Add pharmacy
        </button>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
