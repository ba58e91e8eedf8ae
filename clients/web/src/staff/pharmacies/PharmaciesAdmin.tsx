import { useCallback } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { href } from '../../router';
import { forbidden } from '../forbidden';
import { StaffPharmaciesDocument } from '../operations';
import { useLoad } from '../use-load';
import { AddPharmacyForm } from './AddPharmacyForm';
import { PharmacyStaffPanel } from './PharmacyStaffPanel';

/** Every pharmacy, a form to add one, and who works at the one chosen (#/pharmacies/<id>). */
export function PharmaciesAdmin(props: { api: Api; selectedId: string | null }) {
  const { api, selectedId } = props;
  const load = useCallback(
    async () => (await api.call(StaffPharmaciesDocument, {})).pharmacies,
    [api],
  );
  const pharmacies = useLoad(load, forbidden.pharmacies);

  return (
    <section aria-labelledby="pharmacies-heading">
      <h2 id="pharmacies-heading">Pharmacies</h2>
      {selectedId && <PharmacyStaffPanel key={selectedId} api={api} pharmacyId={selectedId} />}
      <AddPharmacyForm
        api={api}
        onAdded={(pharmacy) => pharmacies.setData((list) => [pharmacy, ...(list ?? [])])}
      />
      {pharmacies.error && <Alert kind="error">{pharmacies.error}</Alert>}
      {!pharmacies.data && !pharmacies.error && <p className="muted">Loading pharmacies…</p>}
      <ul className="staff-cards">
        {pharmacies.data?.map((pharmacy) => (
          <li
            key={pharmacy.id}
            className="card"
            data-testid="staff-pharmacy"
            aria-label={pharmacy.name}
          >
            <h3>{pharmacy.name}</h3>
            <p className="muted small">
              {pharmacy.address}
              {pharmacy.phone && ` · ${pharmacy.phone}`}
            </p>
            <p className="actions small">
              <a href={href('pharmacies', pharmacy.id)}>Staff</a>
              <a href={href('stock', pharmacy.id)}>Stock</a>
              <a href={href('orders', pharmacy.id)}>Orders</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
