import { useCallback } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { href } from '../../router';
import { forbidden } from '../forbidden';
import { StaffPharmacyStaffDocument } from '../operations';
import { roleLabels } from '../sections';
import { useLoad } from '../use-load';

/** Who works at one pharmacy; membership itself is changed from the user (#/users). */
export function PharmacyStaffPanel(props: { api: Api; pharmacyId: string }) {
  const { api, pharmacyId } = props;
  const load = useCallback(
    async () => (await api.call(StaffPharmacyStaffDocument, { id: pharmacyId })).pharmacy,
    [api, pharmacyId],
  );
  const pharmacy = useLoad(load, forbidden.pharmacyStaff);

  return (
    <article className="card staff-panel" aria-label="Pharmacy staff">
      <div className="section-head">
        <h3>{pharmacy.data ? `Staff of ${pharmacy.data.name}` : 'Staff'}</h3>
        <a className="small" href={href('pharmacies')}>
          Close
        </a>
      </div>
      {pharmacy.error && <Alert kind="error">{pharmacy.error}</Alert>}
      {pharmacy.loading && !pharmacy.data && <p className="muted">Loading staff…</p>}
      {!pharmacy.loading && !pharmacy.error && !pharmacy.data && (
        <Alert kind="error">There is no such pharmacy.</Alert>
      )}
      {pharmacy.data?.staff.length === 0 && (
        <p className="muted">Nobody works here yet. Assign staff from Users.</p>
      )}
      <ul className="items">
        {pharmacy.data?.staff.map((member) => (
          <li key={member.id}>
            <span>{member.name}</span>
            <span className="muted">
              {roleLabels[member.role]} · {member.email}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
